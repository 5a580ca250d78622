/**
 * Who did it, for history tables: the name the server sent with the entry, or `nobody` when there
 * was no actor. An id without a name should not happen (a deleted user's id is cleared too), but
 * if it does, a short id still says which user it was.
 */
export function actorLabel(entry: { actorId: string | null; actorName: string | null }, nobody = 'System'): string {
  if (entry.actorName) return entry.actorName;
  return entry.actorId ? `User ${entry.actorId.slice(0, 8)}` : nobody;
}
