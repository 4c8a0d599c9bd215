import { COMMITMENT_DESCRIPTIONS, COMMITMENT_LABELS } from "@/lib/claim-labels";
import type { Commitment, StanceCategory } from "@/lib/types";

/** A category as a colour swatch and its label; `null` is "no stated position" (neutral grey). */
export function StanceBadge({ category }: { category: Pick<StanceCategory, "key" | "label" | "colour"> | null }) {
  return (
    <span className="stance-badge" data-stance={category?.key ?? "none"}>
      <span className="swatch" style={{ background: category?.colour ?? "var(--none)" }} aria-hidden="true" />
      {category?.label ?? "No stated position"}
    </span>
  );
}

/** How firm a claim is, beside its stance ("pledged"); nothing when not recorded. */
export function CommitmentBadge({ commitment }: { commitment: Commitment | null }) {
  if (!commitment) return null;
  return (
    <span className="commitment-badge" data-commitment={commitment} title={COMMITMENT_DESCRIPTIONS[commitment]}>
      <span className="visually-hidden">Commitment: </span>
      {COMMITMENT_LABELS[commitment]}
    </span>
  );
}
