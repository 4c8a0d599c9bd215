import type { Segment } from "@/lib/search/highlight";

/** Text with its matches in `<mark>`: React children, so markup in the text shows as text. */
export function Highlighted({ segments }: { segments: readonly Segment[] }) {
  return <>{segments.map((s, i) => (s.mark ? <mark key={i}>{s.text}</mark> : s.text))}</>;
}
