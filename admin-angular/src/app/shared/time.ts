/** "45 s", "12 min", "3 h 5 min", "2 d": how long since `iso`, for wait times and ages. */
export function durationSince(iso: string, now: number = Date.now()): string {
  return formatDuration(Math.max(0, (now - Date.parse(iso)) / 1000));
}

export function formatDuration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || Number.isNaN(seconds)) return '—';
  if (seconds < 60) return `${Math.round(seconds)} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
  return `${Math.floor(hours / 24)} d`;
}

/** `<input type="date">` value (local day) → ISO instant at that day's local midnight. */
export function dayStartIso(day: string): string | undefined {
  return day ? new Date(`${day}T00:00:00`).toISOString() : undefined;
}

/** `<input type="date">` value → ISO instant at the following local midnight (an exclusive end). */
export function dayEndIso(day: string): string | undefined {
  if (!day) return undefined;
  const end = new Date(`${day}T00:00:00`);
  end.setDate(end.getDate() + 1);
  return end.toISOString();
}

/** Today minus `days`, as an `<input type="date">` value in local time. */
export function localDay(daysAgo = 0, now: Date = new Date()): string {
  const day = new Date(now);
  day.setDate(day.getDate() - daysAgo);
  const month = String(day.getMonth() + 1).padStart(2, '0');
  return `${day.getFullYear()}-${month}-${String(day.getDate()).padStart(2, '0')}`;
}
