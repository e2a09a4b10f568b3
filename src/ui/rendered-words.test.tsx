// @vitest-environment jsdom
/**
 * What the key components render, in both languages: no raw code of the data (a zone category such as
 * `hi_tech_park`, an OSM road class such as `primary_link`, a cable status), no ISO date and no hyphen-minus
 * before a figure in Vietnamese. Codes a file itself names (quoted column names in an import message) are
 * the reader's own words and are left out of the check.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { Legend } from './Legend.js';
import { FeaturePanel } from './FeaturePanel.js';
import { ZonesPanel } from './ZonesPanel.js';
import { ImportReportView } from './ImportReportView.js';
import { NearestSites, PointCoverageTable, PointSpeedsBlock } from './point-blocks.js';
import { RoadsTable } from './AreaRoads.js';
import { ROAD_CLASSES } from '../analysis/roads.js';
import { createAppStore, type AppStore } from '../state/store.js';
import { StoreContext } from '../state/use-app-store.js';
import { LAYER_KEYS, type LayerKey } from '../domain/layers.js';
import { ZONE_CATEGORIES } from '../domain/zones.js';
import { CABLE_STATUSES } from '../domain/telecom.js';
import { importSitesText } from '../data/import/import-sites.js';
import { createResults, createZone } from '../../test/support/results.js';
import type { Lang } from '../domain/lang.js';

afterEach(cleanup);

const LANGS: readonly Lang[] = ['vi', 'en'];

/** A snake_case or kebab-case code of the data (`heritage_site`, `planned-2025`), as a whole word. */
const RAW_CODE = /(?<![\p{L}\d"])([a-z\d]+(?:_[a-z\d]+)+|planned-\d{4}(?:-\d{4})?)(?![\p{L}\d"])/u;
/** An ISO day, which Vietnamese writes as 30/11/2026. */
const ISO_DAY = /\b\d{4}-\d{2}-\d{2}\b/;
/** A hyphen-minus written before a figure (`-0,7`), where Vietnamese writes the minus sign. */
const HYPHEN_MINUS = /(?:^|[\s(])-\d/;

/**
 * The rendered text, one space between text nodes (`textContent` would glue a cell to the next one), with quoted
 * values (`"on_air"`: a file's own words) taken out.
 */
function words(el: HTMLElement): string {
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push(n.nodeValue ?? '');
  return parts.join(' ').replace(/"[^"]*"/g, '""');
}

/** What is wrong with a rendered text in `lang`: raw codes, and in Vietnamese ISO days and hyphen minus signs. */
function problems(text: string, lang: Lang): string[] {
  const found = [RAW_CODE.exec(text)?.[0]];
  if (lang === 'vi') found.push(ISO_DAY.exec(text)?.[0], HYPHEN_MINUS.exec(text)?.[0]);
  return found.filter((f): f is string => f !== undefined);
}

function createStore(lang: Lang): AppStore {
  const store = createAppStore(null);
  store.getState().langChosen(lang);
  return store;
}

function renderIn(store: AppStore, node: ReactNode): HTMLElement {
  return render(<StoreContext.Provider value={store}>{node}</StoreContext.Provider>).container;
}

/** One feature of each layer as the map hands it over, with every code its panel translates. */
const FEATURES: readonly { key: LayerKey; props: Record<string, unknown> }[] = [
  ...ZONE_CATEGORIES.map((category) => ({
    key: 'zones' as const,
    props: {
      name: 'Khu A',
      nameEn: 'Zone A',
      category,
      confidence: 'medium',
      radiusM: 500,
      areaHa: 78.5,
      areaSource: 'default',
      source: 'OpenStreetMap way 123',
      licence: 'ODbL 1.0',
    },
  })),
  ...CABLE_STATUSES.map((status) => ({
    key: 'cables' as const,
    props: { id: 'C1', status, lengthM: 1234, doneDate: '2024-06-30', highway: 'primary_link', sample: true },
  })),
  { key: 'roads', props: { highway: 'secondary_link' } },
  {
    key: 'sites',
    props: {
      id: 'VT-0001',
      operator: 'viettel',
      technologies: '4G 5G',
      bands: 'B3 n78',
      heightM: 30,
      azimuths: '0 120 240',
      onAir: '2021-03-15',
      onAir5g: '2024-11-30',
      sample: true,
    },
  },
  {
    key: 'speedTests',
    props: { id: 'S1', tech: '4G', operator: 'mobifone', downMbps: 42.5, latencyMs: 31, date: '2025-08-14' },
  },
  { key: 'busStops', props: { id: '42', name: 'Bến xe Giáp Bát' } },
];

describe('rendered words', () => {
  for (const lang of LANGS) {
    it(`the legend of every layer names categories and statuses in words (${lang})`, () => {
      const store = createStore(lang);
      for (const key of LAYER_KEYS) if (!store.getState().visible[key]) store.getState().layerToggled(key);
      const text = words(renderIn(store, <Legend />));
      expect(problems(text, lang)).toEqual([]);
    });

    it(`the feature panel of each layer shows no code and no ISO date (${lang})`, () => {
      const store = createStore(lang);
      const el = renderIn(store, <FeaturePanel onZoom={() => {}} />);
      const found = FEATURES.flatMap(({ key, props }) => {
        act(() => store.getState().featureSelected({ key, id: String(props.id ?? 'x'), props }));
        return problems(words(el), lang).map((p) => `${key}: ${p}`);
      });
      expect(found).toEqual([]);
    });

    it(`the zones panel names every category in words (${lang})`, () => {
      const store = createStore(lang);
      const zones = ZONE_CATEGORIES.map((category, i) => ({ ...createZone(`z${i}`, 40 + i), category }));
      store.getState().resultsArrived({ ...createResults([]), zones });
      const text = words(renderIn(store, <ZonesPanel onSelect={() => {}} />));
      expect(problems(text, lang)).toEqual([]);
    });

    it(`the point answer shows no code, no ISO date and no hyphen minus (${lang})`, () => {
      const el = render(
        <>
          <PointCoverageTable lang={lang} covered={(op) => (op === 'vnpt' ? null : op === 'any')} chosen="indoor" />
          <NearestSites
            lang={lang}
            nearest={[{ id: 'VT-1', operator: 'viettel', technologies: ['4G', '5G'], distanceM: 1234.5 }]}
            nearest5g={{ viettel: { distanceM: 1234.5 }, vnpt: null, mobifone: null, vietnamobile: null }}
          />
          <PointSpeedsBlock
            lang={lang}
            radiusM={500}
            until="2026-11-30"
            minTests={30}
            figures={{ '4G': { count: 1234, meanMbps: 42.25 }, '5G': { count: 3, meanMbps: null } }}
          />
        </>,
      ).container;
      expect(problems(words(el), lang)).toEqual([]);
    });

    it(`the area panel's roads show road classes in words (${lang})`, () => {
      const rows = ROAD_CLASSES.map((roadClass, i) => ({ roadClass, km: 10.5 * i, coveredKm: 5 * i, percent: 47.6 }));
      const answer = { level: 'unit2025', id: '00070', tech: '5G', op: 'any', coverageLevel: 'indoor' } as const;
      const el = render(
        <RoadsTable answer={{ ...answer, area: rows, city: rows, sample: true, buildMs: 0 }} lang={lang} />,
      ).container;
      expect(problems(words(el), lang)).toEqual([]);
      expect(words(el)).not.toMatch(/\b(motorway|trunk|tertiary)\b/);
    });

    it(`the import report shows its messages without codes (${lang})`, () => {
      const csv =
        'id,operator,lon,lat,technology,band,height,azimuths,on_air\n' +
        'A1,viettel,105.85,21.03,5G,n78,30,0 120 240,2024-05-01\n' +
        'A2,viettel,205.85,21.03,4G,B3,30,0,2024-05-01\n' +
        'A3,gmobile,105.8,21.0,4G,B3,400,0,2024-05-01\n';
      const imported = { kind: 'sites' as const, result: importSitesText(csv, { source: 'tram.csv' }) };
      const el = render(
        <ImportReportView
          fileName="tram.csv"
          imported={imported}
          lang={lang}
          mapping={{}}
          onMapping={() => {}}
          onReread={() => {}}
        />,
      ).container;
      expect(imported.result.report.rejected.length).toBeGreaterThan(0);
      expect(problems(words(el), lang)).toEqual([]);
    });
  }
});
