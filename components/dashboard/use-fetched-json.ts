"use client";

/**
 * Fetches JSON from our own read API for a key (e.g. a country and a `known` instant), keeping
 * every answer for the page's lifetime so going back to a date or country costs nothing. A value
 * handed over by the server for the first render is used without fetching.
 */
import { startTransition, useEffect, useState } from "react";

type Entry<T> = { data?: T; error?: string };

/** Reads a response's body as JSON (res.json() unless told otherwise, e.g. the dashboard's timeline, parsed in slices). */
export type ReadBody = (res: Response) => Promise<unknown>;

const readJson: ReadBody = (res) => res.json();

export function useFetchedJson<T>(url: string | null, initial: { url: string; data: T } | null, pick: (body: unknown) => T, read: ReadBody = readJson) {
  const [entries, setEntries] = useState<Record<string, Entry<T>>>(() => (initial ? { [initial.url]: { data: initial.data } } : {}));
  const [attempt, setAttempt] = useState(0);
  // The last URL that got an answer: its data stays on screen while the next one loads.
  const [lastSettled, setLastSettled] = useState<string | null>(initial?.url ?? null);
  const entry = url ? entries[url] : undefined;
  const settled = entry !== undefined;

  useEffect(() => {
    if (!url || settled) return;
    const ctrl = new AbortController();
    fetch(url, { signal: ctrl.signal, headers: { accept: "application/json" } })
      .then(async (res) => {
        const body: unknown = await read(res).catch(() => null);
        if (!res.ok) {
          const message = (body as { error?: unknown } | null)?.error;
          throw new Error(typeof message === "string" ? message : `The server answered ${res.status}.`);
        }
        const data = pick(body);
        // A transition: the render an answer causes (the whole dashboard, when the timeline
        // arrives) may pause for input between components instead of running as one long task.
        startTransition(() => {
          setEntries((all) => ({ ...all, [url]: { data } }));
          setLastSettled(url);
        });
      })
      .catch((err: unknown) => {
        if (ctrl.signal.aborted) return;
        const message = err instanceof Error ? err.message : String(err);
        setEntries((all) => ({ ...all, [url]: { error: message } }));
      });
    return () => ctrl.abort();
    // `pick` and `read` are pure; a new closure per render must not refetch.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [url, settled, attempt]);

  const retry = () => {
    if (!url) return;
    setEntries((all) => {
      const next = { ...all };
      delete next[url];
      return next;
    });
    setAttempt((n) => n + 1);
  };
  const previous = lastSettled ? entries[lastSettled]?.data : undefined;
  return { data: entry?.data, previous, error: entry?.error, loading: url !== null && !settled, retry };
}
