import Link from "next/link";
import type { StatementDto } from "@/db/statements";
import type { StanceCategory } from "@/lib/types";
import { StanceSection, type StanceSectionRow } from "@/components/dashboard/stance-section";

/** Only what the brief table shows: the rest of a statement stays on the server (see StanceSection). */
const briefRow = (s: StatementDto): StanceSectionRow => ({
  iso3: s.countryIso3,
  name: s.countryName,
  stance: s.stance,
  statementId: s.id,
  statedOn: s.statedOn,
  statedOnPrecision: s.statedOnPrecision,
  commitment: s.commitment,
  contributions: s.contributions,
  sizeText: s.sizeText,
  troopsMin: s.troopsMin,
  troopsMax: s.troopsMax,
});

/**
 * The as-of state as one table per category, strongest commitment first; empty categories say so.
 * The map view's fallback without JavaScript: brief rows, and a link to the same view as the full
 * table (quotes, speakers, sources), which the server renders without JavaScript too.
 */
export function StanceGroups({ categories, statements, tableHref }: { categories: StanceCategory[]; statements: StatementDto[]; tableHref: string }) {
  const rows = statements.map(briefRow);
  return (
    <>
      <p>
        <Link href={tableHref} prefetch={false}>
          The same view as the full table, with quotes and sources
        </Link>
      </p>
      {categories.map((cat) => (
        <StanceSection key={cat.key} category={cat} rows={rows.filter((r) => r.stance === cat.key)} />
      ))}
    </>
  );
}
