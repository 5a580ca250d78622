const languageNames = new Intl.DisplayNames(['en'], { type: 'language', languageDisplay: 'standard' });

/** A visitor's language tag for staff: "Spanish (Mexico) · es-MX", the tag alone when no name is known, null without one. */
export function languageLabel(tag: string | null | undefined): string | null {
  if (!tag) return null;
  try {
    const name = languageNames.of(tag);
    return name && name !== tag ? `${name} · ${tag}` : tag;
  } catch {
    // A tag the server accepted that Intl finds malformed still says something.
    return tag;
  }
}
