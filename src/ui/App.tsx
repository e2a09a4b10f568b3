import { useCallback, useState } from 'react';
import type { Session } from '../session/session.js';
import type { MapHandle } from '../map/map-controller.js';
import { MapHandleContext, SessionContext } from './session-context.js';
import { useAppStore } from '../state/use-app-store.js';
import { translator } from './i18n.js';
import { MapView } from './MapView.js';
import { LayerPanel } from './LayerPanel.js';
import { PlanPanel } from './PlanPanel.js';
import { ImportPanel } from './ImportPanel.js';
import { IndicatorsSection } from './IndicatorsSection.js';
import { GroundReportsPanel } from './GroundReportsPanel.js';
import { LinePanel } from './LinePanel.js';
import { LineImportSection } from './LineImportSection.js';
import { ReportSection } from './ReportSection.js';
import { ZonesPanel } from './ZonesPanel.js';
import { SidebarTabs } from './SidebarTabs.js';
import { FeaturePanel } from './FeaturePanel.js';
import { PointPanel } from './PointPanel.js';
import { MethodPage } from './MethodPage.js';
import { Header } from './Header.js';
import { StatusBar } from './StatusBar.js';
import { TablePanel } from './TablePanel.js';
import type { SearchEntry } from '../domain/places.js';

type Props = { session: Session; basemapStyleUrl: string | null };

export function App({ session, basemapStyleUrl }: Props) {
  const lang = useAppStore((s) => s.lang);
  const t = translator(lang);
  const [controller, setController] = useState<MapHandle | null>(null);
  const onMap = useCallback((c: MapHandle | null) => setController(c), []);
  return (
    <SessionContext.Provider value={session}>
      <MapHandleContext.Provider value={controller}>
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
                        <ReportSection />
                      </>
                    ),
                  },
                  {
                    id: 'zones',
                    label: t('tab.zones'),
                    panel: <ZonesPanel onSelect={(id) => controller?.selectPlace('zone', id)} />,
                  },
                  { id: 'plan', label: t('tab.plan'), panel: <PlanPanel /> },
                  {
                    id: 'import',
                    label: t('tab.import'),
                    panel: (
                      <>
                        <ImportPanel />
                        <IndicatorsSection />
                        <GroundReportsPanel />
                        <LineImportSection />
                      </>
                    ),
                  },
                  { id: 'method', label: t('method.tab'), panel: <MethodPage /> },
                ]}
              />
            </aside>
            <main className="main">
              {/* The map and what floats over it; the table docks below, so it never covers the map. */}
              <div className="map-area">
                <MapView basemapStyleUrl={basemapStyleUrl} onMap={onMap} />
                {/* One column on the left for what a click opens: the point's answer, the feature, the line. */}
                <div className="map-panels" data-testid="map-panels">
                  <PointPanel />
                  <FeaturePanel onZoom={() => controller?.zoomToSelection()} />
                  <LinePanel />
                </div>
                <StatusBar />
              </div>
              <TablePanel
                onSelect={(row) => controller?.selectPlace(row.level as SearchEntry['level'], row.id)}
                exportGeoJson={() => session.areasGeoJson()}
                exportPng={() => controller?.exportPng() ?? null}
              />
            </main>
          </div>
        </div>
      </MapHandleContext.Provider>
    </SessionContext.Provider>
  );
}
