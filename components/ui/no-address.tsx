/**
 * What a citation says when its source has no web address: the five seed articles came as bare
 * texts, with no URL and no publication date, so a reader must be told why there is nothing to
 * click and how the statement was dated. A source's own note, where it has one, says it better.
 */
export const NO_ADDRESS_SENTENCE =
  "No web address: the article came without a URL or a publication date, so it cannot be linked, and its statements are dated from the events it reports.";

export function NoAddress({ note }: { note?: string | null }) {
  return (
    <span className="no-address" data-testid="no-address">
      {note?.trim() ? `No web address. ${note.trim()}` : NO_ADDRESS_SENTENCE}
    </span>
  );
}
