// Intl knows the same IANA database PostgreSQL uses for `AT TIME ZONE`; checking names here keeps a
// typo a 400 instead of a database error.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let cached = formatters.get(timeZone);
  if (!cached) {
    cached = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, cached);
  }
  return cached;
}

/** The canonical spelling of an IANA zone name (`utc` → `UTC`), or undefined when Intl does not know it. */
export function canonicalTimeZone(name: string): string | undefined {
  // Offsets such as "+02:00" are valid for Intl but mean the opposite sign to PostgreSQL (POSIX): refuse them.
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(name)) return undefined;
  try {
    return formatter(name).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** How far the zone's wall clock is ahead of UTC at this instant, in milliseconds. */
function offsetMs(instant: number, timeZone: string): number {
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  const wall = Date.UTC(Number(parts['year']), Number(parts['month']) - 1, Number(parts['day']), Number(parts['hour']), Number(parts['minute']), Number(parts['second']));
  return wall - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant at which the zone's clocks show this wall time (given as if it were UTC). A wall time
 * skipped by a DST jump is read with the offset before the jump, as PostgreSQL reads it.
 */
export function wallTimeToInstant(wallAsUtc: number, timeZone: string): number {
  const guessOffset = offsetMs(wallAsUtc, timeZone);
  const guess = wallAsUtc - guessOffset;
  const actualOffset = offsetMs(guess, timeZone);
  return actualOffset === guessOffset ? guess : wallAsUtc - actualOffset;
}
