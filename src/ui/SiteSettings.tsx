/**
 * The settings of a site: operator, radio band, antenna height (m) and sectors (azimuths, degrees clockwise from
 * north; none for an omnidirectional antenna). Used for the draft (the next site placed) and a placed candidate.
 */
import { useState } from 'react';
import { useAppStore } from '../state/use-app-store.js';
import { BANDS, type Band, type Operator, type Site } from '../domain/telecom.js';
import { translator, type MessageKey } from './i18n.js';
import { OperatorOptions } from './OperatorOptions.js';

/** Sector layouts offered; custom azimuths can be typed. */
const SECTOR_PRESETS: readonly { key: string; azimuths: number[] }[] = [
  { key: 'omni', azimuths: [] },
  { key: '3', azimuths: [0, 120, 240] },
  { key: '2', azimuths: [0, 180] },
];

const parseAzimuths = (text: string): number[] | null => {
  const parts = text
    .split(/[\s,;]+/)
    .filter(Boolean)
    .map(Number);
  return parts.every((a) => Number.isFinite(a) && a >= 0 && a < 360) ? parts : null;
};

/** Site settings form, for the draft (next site) or a placed candidate. */
export function SiteSettings({
  value,
  onChange,
  idPrefix,
}: {
  value: Pick<Site, 'operator' | 'heightM' | 'azimuthsDeg'> & { band: Band };
  onChange: (v: Partial<{ operator: Operator; band: Band; heightM: number; azimuthsDeg: number[] }>) => void;
  idPrefix: string;
}) {
  const lang = useAppStore((s) => s.lang);
  const t = translator(lang);
  // The typed text stays as typed while it means the current azimuths; a change from elsewhere (a preset,
  // undo) replaces it (React's "adjust state while rendering" pattern).
  const [az, setAz] = useState({ text: value.azimuthsDeg.join(' '), for: value.azimuthsDeg });
  if (az.for !== value.azimuthsDeg && parseAzimuths(az.text)?.join(' ') !== value.azimuthsDeg.join(' '))
    setAz({ text: value.azimuthsDeg.join(' '), for: value.azimuthsDeg });
  const azText = az.text;
  const setAzText = (text: string) => setAz({ text, for: value.azimuthsDeg });
  return (
    <div className="site-settings">
      <label className="field">
        <span>{t('operator')}</span>
        <select
          value={value.operator}
          onChange={(e) => onChange({ operator: e.target.value as Operator })}
          data-testid={`${idPrefix}-operator`}
        >
          <OperatorOptions />
        </select>
      </label>
      <label className="field">
        <span>{t('plan.band')}</span>
        <select
          value={value.band}
          onChange={(e) => onChange({ band: e.target.value as Band })}
          data-testid={`${idPrefix}-band`}
        >
          {(Object.keys(BANDS) as Band[]).map((b) => (
            <option key={b} value={b}>
              {b} ({BANDS[b].tech}, {BANDS[b].mhz} MHz)
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('height')} (m)</span>
        <input
          type="number"
          min={1}
          max={300}
          step={1}
          value={value.heightM}
          onChange={(e) => {
            const v = Number(e.target.value);
            if (v > 0 && v <= 300) onChange({ heightM: v });
          }}
          data-testid={`${idPrefix}-height`}
        />
      </label>
      <label className="field">
        <span>{t('azimuths')}</span>
        <select
          value={SECTOR_PRESETS.find((p) => p.azimuths.join(' ') === value.azimuthsDeg.join(' '))?.key ?? 'custom'}
          onChange={(e) => {
            const p = SECTOR_PRESETS.find((x) => x.key === e.target.value);
            if (p) onChange({ azimuthsDeg: p.azimuths });
          }}
          data-testid={`${idPrefix}-sectors`}
        >
          {SECTOR_PRESETS.map((p) => (
            <option key={p.key} value={p.key}>
              {t(`plan.sectors.${p.key}` as MessageKey)}
            </option>
          ))}
          <option value="custom">{t('plan.sectors.custom')}</option>
        </select>
      </label>
      <label className="field">
        <span>{t('plan.azimuthList')}</span>
        <input
          type="text"
          inputMode="numeric"
          value={azText}
          placeholder={t('omni')}
          onChange={(e) => {
            setAzText(e.target.value);
            const a = parseAzimuths(e.target.value);
            if (a) onChange({ azimuthsDeg: a });
          }}
          aria-invalid={parseAzimuths(azText) === null}
          data-testid={`${idPrefix}-azimuths`}
        />
      </label>
    </div>
  );
}
