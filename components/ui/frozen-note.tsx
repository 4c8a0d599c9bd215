import { formatFrozenInstant } from "@/lib/format/known-label";

/**
 * The "as known at" notice of a frozen page (`known=`), the same on the dashboard and every other
 * page: the instant written for people ("1 Dec 2026, 07:11 UTC"), and a link to the live page.
 */
export function FrozenNote({ known, currentHref }: { known: number | null; currentHref: string }) {
  if (known === null) return null;
  return (
    <p className="frozen-note" data-testid="frozen-note">
      Showing the data as it was known at <time dateTime={new Date(known).toISOString()}>{formatFrozenInstant(known)}</time>; later
      additions and corrections are not included. <a href={currentHref}>Show live data</a>
    </p>
  );
}
