import Link from "next/link";
import type { StatementDto } from "@/db/statements";
import { formatDate } from "@/lib/format/format";
import { Citations } from "@/components/ui/citations";
import { Quote } from "@/components/ui/quote";
import { Speaker } from "./claim-facts";

/**
 * One statement in a list: when it was made, the quote and speaker, its citation and a link to its
 * permalink. `withCountry` adds the country's name (for lists that mix countries).
 */
export function StatementSummary({ statement: s, withCountry = false }: { statement: StatementDto; withCountry?: boolean }) {
  return (
    <div className="statement-summary" data-statement-id={s.id}>
      <div className="statement-head">
        {withCountry ? (
          <>
            <Link href={`/countries/${s.countryIso3}`} className="country">
              {s.countryName}
            </Link>
            {", "}
          </>
        ) : null}
        <Link href={`/statements/${s.id}`} className="statement-link">
          {formatDate(s.statedOn, s.statedOnPrecision)}
          {s.statedOnPrecision === "month" ? " (month precision)" : ""}
        </Link>
        {s.status === "retracted" ? <span className="tag tag-retracted">retracted</span> : null}
      </div>
      {s.quote ? <Quote of={s} /> : <span className="empty">No quote recorded.</span>}
      <Speaker of={s} as="span" />
      <div>
        <Citations sources={s.sources} />{" "}
        <Link href={`/sources/${s.source.id}`} className="quote-meta">
          (source page)
        </Link>
      </div>
    </div>
  );
}
