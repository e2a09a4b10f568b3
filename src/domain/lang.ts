/**
 * The interface languages: Vietnamese (the default, the city's language) and English. A type shared by the
 * store (the chosen language, persisted), the URL (`lang=`) and every translated view.
 */
export type Lang = 'vi' | 'en';

/** The languages in the order the switch lists them; Vietnamese first. */
export const LANGS: readonly Lang[] = ['vi', 'en'];
