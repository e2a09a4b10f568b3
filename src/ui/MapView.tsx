import { useEffect, useRef, useState } from 'react';
import type { MapController, MapHandle } from '../map/map-controller.js';
import { errorMessage } from '../domain/errors.js';
import { parseUrlState } from '../state/url-state.js';
import { useAppStore, useAppStoreApi } from '../state/use-app-store.js';
import { partText } from './messages/part.js';
import { READABLE_UI_MESSAGES } from './messages/readable-ui.js';
import { useSession } from './session-context.js';
import { findPicture, pictureMatches } from './first-view-choice.js';
import { FirstViewPicture } from './FirstViewPicture.js';

type Props = {
  basemapStyleUrl: string | null;
  onMap: (handle: MapHandle | null) => void;
};

/** Resolves once the browser has painted the current frame (a task after the next animation frame). */
const afterPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * Hosts the map; the MapController draws what the session holds and the store says. Until its first choropleth is
 * on screen, the build's picture of the first view stands over it while the map will start on what it shows.
 */
export function MapView({ basemapStyleUrl, onMap }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const store = useAppStoreApi();
  const session = useSession();
  const lang = useAppStore((s) => s.lang);
  const [picture, setPicture] = useState(() => findPicture());
  const [linkHasView] = useState(() => parseUrlState(location.hash).view !== null);
  const showPicture = useAppStore((s) => picture !== null && pictureMatches(s, picture.choice, linkHasView));
  useEffect(() => {
    if (!session) return;
    let controller: MapController | null = null;
    let gone = false;
    // MapLibre (its own chunk) is fetched at once, its map made after the page's first paint: the picture shows first.
    void Promise.all([import('../map/map-controller.js'), afterPaint()]).then(
      ([{ MapController }]) => {
        if (gone || !ref.current) return; // unmounted meanwhile
        controller = new MapController({
          container: ref.current,
          store,
          session,
          baseUrl: document.baseURI,
          basemapStyleUrl,
          initialUrl: parseUrlState(location.hash),
          onFirstView: () => setPicture(null),
        });
        (window as unknown as { hanoiMap?: unknown }).hanoiMap = controller.map;
        onMap(controller);
      },
      // The map's code could not be loaded (its chunk unreachable): said as the data's failure is.
      (err: unknown) => store.getState().dataFailed(`map: ${errorMessage(err)}`),
    );
    return () => {
      gone = true;
      if (controller) onMap(null);
      controller?.destroy();
    };
  }, [store, session, basemapStyleUrl, onMap]);
  return (
    <>
      <div
        ref={ref}
        className="map"
        data-testid="map"
        role="application"
        aria-label={partText(READABLE_UI_MESSAGES, lang)('readableUi.map')}
      />
      {picture && showPicture && <FirstViewPicture template={picture.template} lang={lang} />}
    </>
  );
}
