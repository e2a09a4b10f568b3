import { describe, expect, it } from 'vitest';
import { formatParamsLink, parseParamsLink } from './url-params.js';
import { formatUrlState, parseUrlState, type UrlState } from './url-state.js';

const createState = (over: Partial<UrlState> = {}): UrlState => ({
  view: { zoom: 12, lat: 21.03, lng: 105.85 },
  level: 'unit2025',
  tech: '5G',
  op: 'any',
  basis: 'area',
  coverageLevel: 'outdoor',
  selection: null,
  lang: 'vi',
  point: null,
  ...over,
});

describe('parameters in a shared link (prm=)', () => {
  it('round-trip the overrides through the hash', () => {
    const params = {
      edgeProbability: 0.95,
      buildingLoss: { model: 'high-loss' as const },
      envOffsetDb: { urban: -2.5 },
    };
    const hash = formatUrlState(createState({ params }));
    expect(hash).toMatch(/&prm=[A-Za-z0-9_-]+$/);
    expect(parseUrlState(hash).params).toEqual(params);
  });

  it('are not written when they are the defaults', () => {
    expect(formatUrlState(createState({ params: {} }))).not.toContain('prm=');
    expect(formatUrlState(createState({ params: { edgeProbability: 0.9 } }))).not.toContain('prm=');
  });

  it('write only the fields that differ from the defaults', () => {
    const value = formatParamsLink({ edgeProbability: 0.8, linkBudget: { '5G': { txPowerDbm: 53 } } })!;
    expect(JSON.parse(atob(value.replace(/-/g, '+').replace(/_/g, '/')))).toEqual({ edgeProbability: 0.8 });
  });

  it.each([
    ['not base64url', '%%%'],
    ['not JSON', btoa('not json')],
    ['only invalid fields', btoa('{"edgeProbability":3}')],
    ['not an object', btoa('[0.8]')],
  ])('ignore a value that is %s', (_what, value) => {
    expect(parseParamsLink(value.replace(/=+$/, ''))).toBeNull();
  });

  it('keep the valid fields of a link and drop the others', () => {
    const value = btoa('{"edgeProbability":0.8,"circleVertices":7}').replace(/=+$/, '');
    expect(parseParamsLink(value)).toEqual({ edgeProbability: 0.8 });
  });
});
