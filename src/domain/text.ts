/**
 * Vietnamese text helpers. Search must ignore diacritics and where the tone mark sits:
 * "hoan kiem", "Hoàn Kiếm" and "HOÀN KIẾM" are the same key, and so are "Hòa" and "Hoà"
 * (old and new tone-mark placement, which differ in their code points, not only in their marks).
 */

/** Removes every diacritic (tone marks, breve, circumflex, horn) and maps đ/Đ to d/D. Case is kept. */
export function stripDiacritics(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/** The search key of a text: lower case, no diacritics, single spaces, trimmed. */
export function searchKey(s: string): string {
  return stripDiacritics(s).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** English form of a Vietnamese unit type, for `nameEn`. */
export const UNIT_TYPE_EN: Readonly<Record<string, string>> = {
  Phường: 'Ward',
  Xã: 'Commune',
  'Thị trấn': 'Township',
  Quận: 'District',
  Huyện: 'Rural District',
  'Thị xã': 'Town',
};

/** Removes a leading unit type ("Phường ", "Xã ", "Thị trấn ", "Quận ", "Huyện ", "Thị xã ") from a name. */
export function stripUnitType(fullName: string): string {
  for (const t of Object.keys(UNIT_TYPE_EN).sort((a, b) => b.length - a.length)) {
    if (fullName.startsWith(t + ' ')) return fullName.slice(t.length + 1);
  }
  return fullName;
}
