/**
 * `page=N` of a paginated list (a country's statements): 1-based, a whole number within the list.
 * Anything else is ignored with a notice that says why, and the first page is shown, as the
 * dashboard does with its other parameters (lib/url/search-params.ts), so a mistyped link still
 * shows the list.
 */
/**
 * Statements per page of a country page: a long history is read and rendered a page at a time
 * (issue #16: at 100k statements France had thousands, 747 KB of HTML), newest first.
 */
export const COUNTRY_STATEMENTS_PER_PAGE = 20;

export type PageChoice = { page: number; pageCount: number; offset: number; notice: string | null };

export function choosePage(raw: string | string[] | undefined, total: number, perPage: number): PageChoice {
  const pageCount = Math.max(1, Math.ceil(total / perPage));
  const first = (notice: string | null): PageChoice => ({ page: 1, pageCount, offset: 0, notice });
  if (raw === undefined) return first(null);
  if (Array.isArray(raw)) return first(`Ignored page: it was given ${raw.length} times; showing page 1.`);
  if (!/^[1-9][0-9]{0,8}$/.test(raw)) return first(`Ignored page="${raw}": a page is a whole number from 1; showing page 1.`);
  const page = Number(raw);
  if (page > pageCount) return first(`Ignored page="${raw}": there ${pageCount === 1 ? "is 1 page" : `are ${pageCount} pages`}; showing page 1.`);
  return { page, pageCount, offset: (page - 1) * perPage, notice: null };
}
