/** How a source is named in the editors' type-ahead; parseSourceRef reads the number back. */
import type { Source } from "../types";

/** "#12 · Title · Publisher · https://…": every part searchable by typing, the id first. */
export function sourceLabel(s: Pick<Source, "id" | "title" | "publisher" | "url">): string {
  return [`#${s.id}`, s.title, s.publisher, s.url].filter(Boolean).join(" · ");
}
