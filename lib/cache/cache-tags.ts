/**
 * The cache tag for anything derived from the tracker's data (statements, sources, events). Public
 * pages that cache (unstable_cache / "use cache") tag their entries with it; every admin write
 * expires it (app/admin/_lib/revalidate.ts).
 */
export const TRACKER_DATA_TAG = "tracker-data";
