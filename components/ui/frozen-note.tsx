/** The "as known at" notice of a frozen page (`known=`), as the dashboard shows it, with a link to the live page. */
export function FrozenNote({ known, currentHref }: { known: number | null; currentHref: string }) {
  if (known === null) return null;
  const at = new Date(known).toISOString();
  return (
    <p className="frozen-note" data-testid="frozen-note">
      Showing the data as it was known at <time dateTime={at}>{at}</time>; later additions and corrections are not included.{" "}
      <a href={currentHref}>Show the current data</a>
    </p>
  );
}
