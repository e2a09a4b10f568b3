/**
 * The band each operator uses per radio for OpenCelliD cells, editable before a file is read (the table of
 * `opencellid-bands.ts`; on the command line `--ocid-bands FILE.json`). OpenCelliD names a cell's radio, not its
 * band, and the coverage model needs a band.
 */
import { BANDS, OPERATOR_NAMES, OPERATORS, type Band } from '../domain/telecom.js';
import { OCID_DEFAULT_BANDS, type OcidBandTable, type OcidRadio } from '../data/import/opencellid-bands.js';
import { translator } from './i18n.js';
import type { Lang } from '../domain/lang.js';

const BANDS_OF: Record<OcidRadio, Band[]> = {
  LTE: (Object.keys(BANDS) as Band[]).filter((b) => BANDS[b].tech === '4G'),
  NR: (Object.keys(BANDS) as Band[]).filter((b) => BANDS[b].tech === '5G'),
};

export function OcidBandEditor({
  value,
  onChange,
  lang,
}: {
  value: OcidBandTable;
  onChange: (t: OcidBandTable) => void;
  lang: Lang;
}) {
  const t = translator(lang);
  const set = (radio: OcidRadio, op: (typeof OPERATORS)[number], band: Band | null) =>
    onChange({ ...value, [radio]: { ...value[radio], [op]: band } });
  return (
    <details className="ocid-bands" data-testid="ocid-bands">
      <summary>{t('import.ocidBands')}</summary>
      <p className="note">{t('import.ocidBandsNote')}</p>
      {/* Each operator's name on a row of its own, its two bands below: the sidebar is too narrow for three columns. */}
      <table>
        <thead>
          <tr>
            <th scope="col">LTE (4G) · MHz</th>
            <th scope="col">NR (5G) · MHz</th>
          </tr>
        </thead>
        {OPERATORS.map((op) => (
          <tbody key={op}>
            <tr>
              <th scope="rowgroup" colSpan={2}>
                {OPERATOR_NAMES[op]}
              </th>
            </tr>
            <tr>
              {(['LTE', 'NR'] as const).map((radio) => (
                <td key={radio}>
                  <select
                    value={value[radio][op] ?? ''}
                    onChange={(e) => set(radio, op, e.target.value === '' ? null : (e.target.value as Band))}
                    data-testid={`ocid-band-${radio}-${op}`}
                    aria-label={`${OPERATOR_NAMES[op]} ${radio}`}
                  >
                    <option value="">{t('import.ocidNoBand')}</option>
                    {BANDS_OF[radio].map((b) => (
                      <option key={b} value={b}>
                        {b} · {BANDS[b].mhz}
                      </option>
                    ))}
                  </select>
                </td>
              ))}
            </tr>
          </tbody>
        ))}
      </table>
      <button type="button" onClick={() => onChange(OCID_DEFAULT_BANDS)}>
        {t('import.ocidBandsReset')}
      </button>
    </details>
  );
}
