import { useCallback, useState } from 'react';
import type { DataSource } from '../data/load-layers.js';
import type { Persistence } from '../state/persistence.js';
import type { MapController } from '../map/map-controller.js';
import { useAppStore } from '../state/use-app-store.js';
import { translator } from './i18n.js';
import { MapView } from './MapView.js';
import { LayerPanel } from './LayerPanel.js';
import { PlanPanel } from './PlanPanel.js';
import { ImportPanel } from './ImportPanel.js';
import { IndicatorsSection } from './IndicatorsSection.js';
import { ReportSection } from './ReportSection.js';
import { ZonesPanel } from './ZonesPanel.js';
import { SidebarTabs } from './SidebarTabs.js';
import { FeaturePanel } from './FeaturePanel.js';
import { Header } from './Header.js';
import { StatusBar } from './StatusBar.js';
import { TablePanel } from './TablePanel.js';
import type { SearchEntry } from './search.js';

type Props = { data: DataSource; basemapStyleUrl: string | null; persistence?: Promise<Persistence> | null };

export function App({ data, basemapStyleUrl, persistence = null }: Props) {
  const lang = useAppStore((s) => s.lang);
  const t = translator(lang);
  const [controller, setController] = useState<MapController | null>(null);
  const onController = useCallback((c: MapController | null) => setController(c), []);
  return (
    <div className="app" lang={lang}>
      <Header onPick={(e) => controller?.selectPlace(e.level, e.id)} />
      <div className="body">
        <aside className="sidebar" aria-label={t('layers')}>
          <SidebarTabs
            tabs={[
              {
                id: 'map',
                label: t('tab.map'),
                panel: (
                  <>
                    <LayerPanel />
                    <ReportSection controller={controller} />
                  </>
                ),
              },
              {
                id: 'zones',
                label: t('tab.zones'),
                panel: <ZonesPanel onSelect={(id) => controller?.selectPlace('zone', id)} />,
              },
              { id: 'plan', label: t('tab.plan'), panel: <PlanPanel controller={controller} /> },
              {
                id: 'import',
                label: t('tab.import'),
                panel: (
                  <>
                    <ImportPanel controller={controller} />
                    <IndicatorsSection controller={controller} />
                  </>
                ),
              },
            ]}
          />
        </aside>
        <main className="main">
          <MapView
            data={data}
            basemapStyleUrl={basemapStyleUrl}
            persistence={persistence}
            onController={onController}
          />
          <FeaturePanel onZoom={() => controller?.zoomToSelection()} />
          <StatusBar />
          <TablePanel
            onSelect={(row) => controller?.selectPlace(row.level as SearchEntry['level'], row.id)}
            exportGeoJson={() => controller?.exportAreasGeoJson() ?? null}
            exportPng={() => controller?.exportPng() ?? null}
          />
        </main>
      </div>
    </div>
  );
}
