import { useEffect, useRef } from 'react';
import { MapController, type MapHandle } from '../map/map-controller.js';
import { parseUrlState } from '../state/url-state.js';
import { useAppStore, useAppStoreApi } from '../state/use-app-store.js';
import { partText } from './messages/part.js';
import { READABLE_UI_MESSAGES } from './messages/readable-ui.js';
import { useSession } from './session-context.js';

type Props = {
  basemapStyleUrl: string | null;
  onMap: (handle: MapHandle | null) => void;
};

/** Hosts the map; the MapController draws what the session holds and the store says. */
export function MapView({ basemapStyleUrl, onMap }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const store = useAppStoreApi();
  const session = useSession();
  const lang = useAppStore((s) => s.lang);
  useEffect(() => {
    if (!session) return;
    const controller = new MapController({
      container: ref.current!,
      store,
      session,
      baseUrl: document.baseURI,
      basemapStyleUrl,
      initialUrl: parseUrlState(location.hash),
    });
    (window as unknown as { hanoiMap?: unknown }).hanoiMap = controller.map;
    onMap(controller);
    return () => {
      onMap(null);
      controller.destroy();
    };
  }, [store, session, basemapStyleUrl, onMap]);
  return (
    <div
      ref={ref}
      className="map"
      data-testid="map"
      role="application"
      aria-label={partText(READABLE_UI_MESSAGES, lang)('readableUi.map')}
    />
  );
}
