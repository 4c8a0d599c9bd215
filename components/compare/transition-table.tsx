import Link from "next/link";
import { MOVE_KIND_LABELS, groupMoves } from "@/lib/compare/compare";
import { countries } from "@/lib/format/format";
import type { StatementDto } from "@/db/statements";
import type { StanceCategory, StanceMove } from "@/lib/types";
import { StanceBadge } from "@/components/country/stance-badge";
import { StatementSummary } from "@/components/country/statement-summary";
import { TableScroll } from "@/components/ui/table-scroll";

type Props = {
  moves: StanceMove[];
  categories: StanceCategory[];
  names: ReadonlyMap<string, string>;
  /** The citing statements, by logical id (the versions visible at the compared `known`). */
  statements: ReadonlyMap<number, StatementDto>;
};

/** Every move between the two dates, grouped by transition, each with the statements behind both ends. */
export function TransitionTable({ moves, categories, names, statements }: Props) {
  const category = (k: StanceMove["from"]) => (k === null ? null : (categories.find((c) => c.key === k) ?? null));
  const name = (iso3: string) => names.get(iso3) ?? iso3;
  const byName = (x: StanceMove, y: StanceMove) => name(x.countryIso3).localeCompare(name(y.countryIso3), "en");
  const cite = (id: number | null) => {
    const s = id === null ? undefined : statements.get(id);
    return s ? <StatementSummary statement={s} /> : <span className="empty">No statement: no stated position.</span>;
  };
  return (
    <TableScroll label="Countries whose category differs between the two dates">
      <table className="data transitions" data-testid="compare-transitions">
        <caption>Countries whose category differs between the two dates, grouped by move</caption>
        <thead>
          <tr>
            <th scope="col">Country</th>
            <th scope="col">On the first date</th>
            <th scope="col">On the second date</th>
          </tr>
        </thead>
        {groupMoves(moves).map((g) => (
          <tbody key={`${g.from}>${g.to}`} data-from={g.from ?? "none"} data-to={g.to ?? "none"} data-kind={g.kind}>
            <tr className="group-row">
              <th scope="colgroup" colSpan={3}>
                <StanceBadge category={category(g.from)} /> → <StanceBadge category={category(g.to)} />{" "}
                <span className="empty">
                  ({countries(g.moves.length)}; {MOVE_KIND_LABELS[g.kind].toLowerCase()})
                </span>
              </th>
            </tr>
            {[...g.moves].sort(byName).map((m) => (
              <tr key={m.countryIso3} data-iso3={m.countryIso3}>
                <th scope="row" className="country">
                  <Link href={`/countries/${m.countryIso3}`}>{name(m.countryIso3)}</Link>
                </th>
                <td>{cite(m.fromStatementId)}</td>
                <td>{cite(m.toStatementId)}</td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </TableScroll>
  );
}
