/**
 * Strong validators for the public views, built from the dataset revision (db/data-revision.ts)
 * and the representation's key: the same data, URL, day and encoding give the same ETag in every
 * process and on every host, so a shared cache in front of several app processes can revalidate
 * against any of them, and a 304 can be answered without rendering anything.
 */
import { createHash } from "node:crypto";

export type DataRevision = { revision: number; stamp: string };

/** What a public view's bytes depend on besides the data. */
export type RepresentationKey = {
  /** UTC day: every page defaults to today's view (date, known), so the day is always part of the key. */
  day: string;
  /** The form negotiated for the request ("gzip" or "identity"): strong ETags differ per encoding. */
  encoding: string;
  /** scheme://host the page was asked under (its absolute links name it when SITE_URL is unset). */
  origin: string;
  /** Path and query, exactly as asked. */
  target: string;
};

/** `"<revision>.<stamp>.<hash of the key>"`: readable enough to tell which revision a cache holds. */
export function revisionEtag(rev: DataRevision, key: RepresentationKey): string {
  const hash = createHash("sha256")
    .update(JSON.stringify([key.day, key.encoding.toLowerCase(), key.origin, key.target]))
    .digest("base64url")
    .slice(0, 16);
  return `"${rev.revision}.${rev.stamp}.${hash}"`;
}

/**
 * RFC 9110 13.1.2: If-None-Match matches when any listed tag equals one of `etags` by weak
 * comparison (W/ ignored), or is `*` (unless `star: false`: a caller that does not know whether the
 * resource exists at all must not answer `*` with a 304).
 */
export function ifNoneMatchMatches(header: string | undefined | null, etags: readonly string[], { star = true } = {}): boolean {
  if (!header) return false;
  const plain = new Set(etags.map((e) => e.replace(/^W\//, "")));
  return header.split(",").some((t) => {
    const tag = t.trim();
    return (star && tag === "*") || plain.has(tag.replace(/^W\//, ""));
  });
}
