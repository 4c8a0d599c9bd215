"use client";

/**
 * "Embed": the `<iframe>` code for the view on screen, as a map, the coalition chart or the
 * contributions chart (lib/url/embed-code.ts), with a copy button. It follows the view as the URL
 * changes; the server renders it for the page's view (the map's code), so it is there without
 * JavaScript too. `origin` is the site's public origin as the server knows it; in the browser the
 * page's own origin is used once hydrated.
 */
import { useState, useSyncExternalStore } from "react";
import { EMBED_KINDS, EMBED_TARGETS, iframeCode, type EmbedKind } from "@/lib/url/embed-code";
import type { ViewParams } from "@/lib/url/search-params";
import { noSubscription, useCopy } from "@/components/ui/use-copy";

export function EmbedCode({ params, origin }: { params: ViewParams & { date: string }; origin: string }) {
  const [kind, setKind] = useState<EmbedKind>("map");
  // A clipboard that refuses (permissions, insecure origin): the code stays selectable in the box.
  const { copied, copy } = useCopy();
  const base = useSyncExternalStore(noSubscription, () => window.location.origin, () => origin);
  const code = iframeCode(base, kind, params);

  return (
    <details className="embed-code">
      <summary>Embed</summary>
      <fieldset className="embed-kinds">
        <legend>Embed this view as</legend>
        {EMBED_KINDS.map((k) => (
          <label key={k}>
            <input type="radio" name="embed-kind" value={k} checked={kind === k} onChange={() => setKind(k)} /> {EMBED_TARGETS[k].label}
          </label>
        ))}
      </fieldset>
      <textarea className="embed-snippet" readOnly rows={3} value={code} aria-label="HTML code to embed this view" onFocus={(e) => e.currentTarget.select()} />
      <button type="button" onClick={() => void copy(code)}>
        Copy code
      </button>
      <p className="share-status" aria-live="polite">
        {copied && copied.text === code ? (copied.ok ? "Code copied." : "Select the code above and copy it.") : ""}
      </p>
    </details>
  );
}
