/**
 * Every source a statement cites, as a reader would cite them: one citation when it has one source;
 * otherwise "N sources" and a list, the primary one first and marked, then the corroborating ones.
 */
import type { Source } from "@/lib/types";
import { Citation } from "./citation";

type CitedSource = Parameters<typeof Citation>[0]["source"];

/** "1 source", "2 sources". */
export function sourceCount(n: number): string {
  return `${n} source${n === 1 ? "" : "s"}`;
}

export function Citations({ sources, label = "Source" }: { sources: readonly (CitedSource & Partial<Pick<Source, "id">>)[]; label?: string }) {
  const [primary] = sources;
  if (!primary) return null;
  if (sources.length === 1) {
    return (
      <span className="citations" data-testid="citations" data-count={1}>
        {label}: <Citation source={primary} />
      </span>
    );
  }
  return (
    <span className="citations" data-testid="citations" data-count={sources.length}>
      <span className="citations-count">{sourceCount(sources.length)}</span>:
      <ol className="citations-list">
        {sources.map((s, i) => (
          <li key={s.id ?? `${i}-${s.title}`} data-role={i === 0 ? "primary" : "corroborating"}>
            <Citation source={s} />
            {i === 0 ? <span className="quote-meta"> (primary)</span> : null}
          </li>
        ))}
      </ol>
    </span>
  );
}
