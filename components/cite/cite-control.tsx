"use client";
/**
 * The "Cite" disclosure: a ready citation of the view (APA and Chicago, rendered on the server),
 * its frozen permalink, downloads (BibTeX, CSL-JSON) and the bundle of the sources behind it. A
 * <details> element, so it opens and every link works without JavaScript; with it, a copy button
 * per citation, and on the dashboard (`follow`), whose URL changes as the reader moves the slider
 * or the filters, the citation is fetched again for the URL as it is when the control is opened.
 */
import { useState, useSyncExternalStore } from "react";
import { noSubscription, useCopy } from "@/components/ui/use-copy";
import type { CiteData } from "./cite-data";
import "./cite.css";

function CopyButton({ text, label }: { text: string; label: string }) {
  const { copied, copy } = useCopy();
  return (
    <button type="button" className="cite-copy" onClick={() => void copy(text)}>
      {copied ? (copied.ok ? "Copied" : "Copy failed: select the text") : `Copy ${label}`}
    </button>
  );
}

/** The current query without `known` (which the citation sets), to tell whether the view moved. */
function viewQuery(search: string): string {
  const q = new URLSearchParams(search);
  q.delete("known");
  q.sort();
  return q.toString();
}

/** Today in UTC, as the server writes the access date. */
const todayUtc = () => new Date().toISOString().slice(0, 10);

export function CiteControl({ initial, page, follow = false }: { initial: CiteData; page: string; follow?: boolean }) {
  const [data, setData] = useState(initial);
  const [renderedFor, setRenderedFor] = useState<string | null>(null);
  // The copy buttons need script and the Clipboard API: false on the server, so without JavaScript there is none.
  const canCopy = useSyncExternalStore(
    noSubscription,
    () => navigator.clipboard !== undefined,
    () => false,
  );

  async function refresh() {
    const search = window.location.search;
    const now = viewQuery(search);
    const initialQuery = viewQuery(new URL(initial.permalink).search);
    // A page may come from a cache (a frozen one is kept for good): a citation rendered on another
    // day carries a stale access date, so it is fetched again too.
    if (now === (renderedFor ?? initialQuery) && data.accessed === todayUtc()) return;
    const q = new URLSearchParams(search);
    const known = q.get("known");
    q.delete("known");
    q.set("page", page);
    q.set("known", known ?? new Date().toISOString());
    q.set("format", "json");
    try {
      const res = await fetch(`/api/v1/citation?${q.toString()}`);
      if (!res.ok) return; // keep the citation shown: it is still a correct one of the page as loaded
      setData((await res.json()) as CiteData);
      setRenderedFor(now);
    } catch {
      // offline: the shown citation stays
    }
  }

  return (
    <details
      className="cite-control"
      data-testid="cite-control"
      onToggle={(e) => {
        if ((e.currentTarget as HTMLDetailsElement).open && (follow || data.accessed !== todayUtc())) void refresh();
      }}
    >
      <summary>Cite</summary>
      <div className="cite-body">
        <p className="cite-permalink">
          Permalink of this view as known on {data.known}:{" "}
          <a href={data.permalink} data-testid="cite-permalink">
            {data.permalink}
          </a>
        </p>
        <figure>
          <figcaption>APA</figcaption>
          <p className="cite-text" data-testid="cite-apa">
            {data.apa}
          </p>
          {canCopy ? <CopyButton text={data.apa} label="APA" /> : null}
        </figure>
        <figure>
          <figcaption>Chicago (author-date)</figcaption>
          <p className="cite-text" data-testid="cite-chicago">
            {data.chicago}
          </p>
          {canCopy ? <CopyButton text={data.chicago} label="Chicago" /> : null}
        </figure>
        <p className="cite-downloads">
          Download: <a href={data.bibtexHref} data-testid="cite-bibtex" download>BibTeX</a> ·{" "}
          <a href={data.cslHref} data-testid="cite-csl" download>CSL-JSON</a>
        </p>
        <p className="cite-downloads">
          Every source behind this view:{" "}
          <a href={data.bundleCsvHref} data-testid="cite-bundle" download>CSV</a> ·{" "}
          <a href={data.bundleBibtexHref} data-testid="cite-bundle-bibtex" download>BibTeX</a>
        </p>
      </div>
    </details>
  );
}
