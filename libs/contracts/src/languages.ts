/** The languages the desk's own words come in: the widget's texts and the bot's and system lines. */
export const DESK_LANGUAGES = ['en', 'es', 'de', 'fr', 'ar'] as const;
export type DeskLanguage = (typeof DESK_LANGUAGES)[number];

/** A BCP 47 language tag as a session may carry it: `es`, `es-MX`, `zh-Hant-TW`. */
export const LANGUAGE_TAG_PATTERN = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;
export const LANGUAGE_TAG_MAX_LENGTH = 35;

/** The desk language of a tag by its primary subtag (`es-MX` and `es_es` are Spanish); undefined if the desk has none. */
export function deskLanguageOf(tag: string | null | undefined): DeskLanguage | undefined {
  const primary = tag?.toLowerCase().split(/[-_]/)[0];
  return DESK_LANGUAGES.find((language) => language === primary);
}
