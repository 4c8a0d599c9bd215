import type { StanceCategory } from "@/lib/types";

/** A category as a colour swatch and its label; `null` is "no stated position" (neutral grey). */
export function StanceBadge({ category }: { category: Pick<StanceCategory, "key" | "label" | "colour"> | null }) {
  return (
    <span className="stance-badge" data-stance={category?.key ?? "none"}>
      <span className="swatch" style={{ background: category?.colour ?? "var(--none)" }} aria-hidden="true" />
      {category?.label ?? "No stated position"}
    </span>
  );
}
