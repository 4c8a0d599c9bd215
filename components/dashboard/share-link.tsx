"use client";

/**
 * "Copy link": the full URL of the view on screen (date always written out, so the link means the
 * same tomorrow). "Freeze" adds `known`, the current instant, so the link keeps showing the data as
 * it stands now even after later edits; a view that is already frozen keeps its own instant.
 */
import { useState } from "react";
import { serializeViewParams, type ViewParams } from "@/lib/url/search-params";
import { formatFrozenInstant } from "@/lib/format/known-label";
import { useCopy } from "@/components/ui/use-copy";

export function ShareLink({ params }: { params: ViewParams & { date: string } }) {
  const [freeze, setFreeze] = useState(false);
  // A clipboard that refuses (permissions, insecure origin): the link is shown below to copy by hand.
  const { copied, copy: copyText } = useCopy();

  const copy = () => {
    const known = params.known ?? (freeze ? Date.now() : null);
    return copyText(serializeViewParams(`${window.location.origin}/`, { ...params, known, view: params.view === "map" ? null : params.view }));
  };

  return (
    <div className="share-link">
      <button type="button" onClick={() => void copy()}>
        Copy link
      </button>
      {params.known === null ? (
        <label>
          <input type="checkbox" checked={freeze} onChange={(e) => setFreeze(e.target.checked)} /> Freeze the data as known now
        </label>
      ) : (
        // Already frozen: the link keeps its own instant; a checkbox that can only be checked would say nothing.
        <p className="share-frozen" data-testid="share-frozen">
          Frozen at {formatFrozenInstant(params.known)}. <a href={serializeViewParams("/", { ...params, known: null })}>Show live data</a>
        </p>
      )}
      <p className="share-status" aria-live="polite">
        {copied ? (copied.ok ? "Link copied." : "Copy this link:") : ""}
      </p>
      {copied ? (
        <input className="share-url" readOnly value={copied.text} aria-label="Link to this view" onFocus={(e) => e.currentTarget.select()} />
      ) : null}
    </div>
  );
}
