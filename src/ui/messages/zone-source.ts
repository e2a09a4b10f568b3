/** The words of a zone's source in the feature panel (see zone-source.ts). */
import { messagePart, partText } from './part.js';
import type { Lang } from '../../domain/lang.js';

export const ZONE_SOURCE_MESSAGES = messagePart(
  {
    'zoneSource.osm': 'OpenStreetMap, {type} {ids}',
    'zoneSource.osmStop': 'điểm dừng xe buýt',
    'zoneSource.centroid': 'Tâm {unit} {name}, theo ranh giới xã, phường năm 2019 ({origin})',
    'zoneSource.ward': 'phường',
    'zoneSource.commune': 'xã',
    'zoneSource.web': 'Trang web {url}',
    'zoneSource.noteEnglish': 'Ghi chú của người biên soạn (tiếng Anh): {note}',
  },
  {
    'zoneSource.osm': 'OpenStreetMap {type} {ids}',
    'zoneSource.osmStop': 'bus stop',
    'zoneSource.centroid': 'Centre of {unit} {name}, 2019 commune boundaries ({origin})',
    'zoneSource.ward': 'ward',
    'zoneSource.commune': 'commune',
    'zoneSource.web': 'Web page {url}',
    'zoneSource.noteEnglish': "Curator's note: {note}",
  },
);

/** The part's strings in one language. */
export const zoneSourceWords = (lang: Lang) => partText(ZONE_SOURCE_MESSAGES, lang);
