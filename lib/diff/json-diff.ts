/**
 * A readable difference between two JSON snapshots (the audit log's before and after): leaf values
 * by dotted path, keeping only those that changed. Pure, for the history page.
 */

export type JsonChange = { path: string; before: string; after: string };

// Bookkeeping that changes with every version and tells a reader nothing.
const IGNORED = new Set(["versionId", "supersededAt", "recordedAt"]);

function flatten(value: unknown, prefix: string, out: Map<string, string>): void {
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (IGNORED.has(k)) continue;
      flatten(v, prefix ? `${prefix}.${k}` : k, out);
    }
    return;
  }
  const text = value === null || value === undefined ? "" : Array.isArray(value) ? value.map(String).join(", ") : String(value);
  if (prefix) out.set(prefix, text);
}

/** Every path whose value differs; with no `before` (a creation), every non-empty value of `after`. */
export function diffSnapshots(before: unknown, after: unknown): JsonChange[] {
  const b = new Map<string, string>();
  const a = new Map<string, string>();
  flatten(before, "", b);
  flatten(after, "", a);
  const paths = [...new Set([...b.keys(), ...a.keys()])];
  return paths
    .filter((p) => (b.get(p) ?? "") !== (a.get(p) ?? ""))
    .map((p) => ({ path: p, before: b.get(p) ?? "", after: a.get(p) ?? "" }));
}
