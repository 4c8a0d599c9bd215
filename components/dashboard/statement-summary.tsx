/** One statement as the panel shows it: stance and commitment, date, quote, speaker, size, conditions, confidence, citation, permalink. */
import Link from "next/link";
import type { StatementDto } from "@/db/statements";
import { formatDate } from "@/lib/format/format";
import type { StanceCategory } from "@/lib/types";
import { Citations } from "@/components/ui/citations";
import { Quote } from "@/components/ui/quote";
import { Conditions, Confidence, Size, Speaker } from "@/components/country/claim-facts";
import { CommitmentBadge } from "@/components/country/stance-badge";

export function StatementSummary({ statement: s, category, detailed = false }: { statement: StatementDto; category: StanceCategory | undefined; detailed?: boolean }) {
  return (
    <div className="statement-summary">
      <p className="statement-stance">
        <span className="swatch" style={{ background: category?.colour }} aria-hidden="true" />
        <strong>{category?.label ?? s.stance}</strong>
        <CommitmentBadge commitment={s.commitment} /> · <time dateTime={s.statedOn}>{formatDate(s.statedOn, s.statedOnPrecision)}</time>
      </p>
      <Quote of={s} block />
      <Speaker of={s} />
      {detailed && s.contributions.length > 0 ? (
        <p>
          {s.contributions.map((c) => (
            <span key={c} className="tag">
              {c.replace("_", " ")}
            </span>
          ))}
        </p>
      ) : null}
      <Size of={s} />
      <Conditions of={s} />
      {detailed ? <Confidence of={s} /> : null}
      {/* A div, not a p: several sources are a list, and a list inside a <p> is closed early by the
          HTML parser, so the server's DOM would not match React's (a hydration error). */}
      <div className="quote-meta">
        <Citations sources={s.sources} /> · <Link href={`/statements/${s.id}`} prefetch={false}>Statement #{s.id}</Link>
      </div>
    </div>
  );
}
