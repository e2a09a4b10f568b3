import { useEffect, useRef } from 'react';
import { MapController } from '../map/map-controller.js';
import { parseUrlState } from '../state/url-state.js';
import { useAppStoreApi } from '../state/use-app-store.js';
import type { DataSource } from '../data/load-layers.js';
import type { Persistence } from '../state/persistence.js';

type Props = {
  data: DataSource;
  basemapStyleUrl: string | null;
  persistence: Promise<Persistence> | null;
  onController: (c: MapController | null) => void;
};

/** Hosts the map; the MapController does all the imperative work. */
export function MapView({ data, basemapStyleUrl, persistence, onController }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const store = useAppStoreApi();
  useEffect(() => {
    const controller = new MapController({
      container: ref.current!,
      store,
      data,
      baseUrl: document.baseURI,
      dataBaseUrl: new URL('data/', document.baseURI).href,
      basemapStyleUrl,
      persistence,
      initialUrl: parseUrlState(location.hash),
    });
    (window as unknown as { hanoiMap?: unknown }).hanoiMap = controller.map;
    onController(controller);
    return () => {
      onController(null);
      controller.destroy();
    };
  }, [store, data, basemapStyleUrl, persistence, onController]);
  return <div ref={ref} className="map" data-testid="map" role="application" aria-label="Bản đồ / Map" />;
}
