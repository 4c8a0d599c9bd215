import type { StatementDto } from "@/db/statements";
import type { StanceCategory } from "@/lib/types";
import { CONTRIBUTION_LABELS } from "@/lib/timeline/contribution-counts";
import { CommitmentBadge, StanceBadge } from "./stance-badge";
import { Conditions, Confidence, Size } from "./claim-facts";
import { StatementSummary } from "./statement-summary";

/** A statement's full content: category and commitment, contributions, confidence, size, conditions, quote, citation and note. */
export function StatementDetails({ statement: s, categories }: { statement: StatementDto; categories: StanceCategory[] }) {
  return (
    <div className="statement-details">
      <div>
        <StanceBadge category={categories.find((c) => c.key === s.stance) ?? null} />
        <CommitmentBadge commitment={s.commitment} />
        {s.contributions.map((c) => (
          <span key={c} className="tag">
            {CONTRIBUTION_LABELS[c]}
          </span>
        ))}
        <Confidence of={s} as="span" />
      </div>
      <Size of={s} as="div" />
      <Conditions of={s} as="div" />
      <StatementSummary statement={s} />
      {s.note ? <p className="quote-meta statement-note">Note: {s.note}</p> : null}
    </div>
  );
}
