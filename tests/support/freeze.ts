/**
 * An instant for a read at a past `known`: everything written so far was recorded at or before
 * it, and the clock has already moved past it, so any write after this call is recorded strictly
 * later. The wait is a condition (the next millisecond), not a fixed sleep; it lasts under 1 ms.
 */
export function freeze(): number {
  const known = Date.now();
  while (Date.now() <= known) {
    // the next millisecond
  }
  return known;
}
