"use client";

/**
 * The contributions chart's data as a table. A client component only so that it is drawn from the
 * `rows` the chart and its CSV download already receive: the page's flight data then carries those
 * rows once, not again as this table's element tree (a link per offering country, per
 * contribution: most of the chart's weight in the page at 100,000 statements, issue #16). The
 * server still renders it into the HTML, so it works without JavaScript as before.
 */
import Link from "next/link";
import type { ContributionCount } from "@/lib/timeline/contribution-counts";
import { formatDate } from "@/lib/format/format";
import type { IsoDate } from "@/lib/types";
import { TableScroll } from "@/components/ui/table-scroll";

export function ContributionsTable({ rows, date }: { rows: ContributionCount[]; date: IsoDate }) {
  return (
    <details className="chart-table">
      <summary>The chart&apos;s data as a table</summary>
      <TableScroll label={`Contributions as of ${formatDate(date)}`}>
        <table className="data" data-testid="contributions-chart-table">
          <caption>Contributions as of {formatDate(date)}</caption>
          <thead>
            <tr>
              <th scope="col">Contribution</th>
              <th scope="col">Countries</th>
              <th scope="col">Which</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} data-contribution={r.key}>
                <th scope="row">{r.label}</th>
                <td className="num">{r.count}</td>
                <td>
                  {r.countries.map((c, i) => (
                    <span key={c.iso3}>
                      {i > 0 ? ", " : ""}
                      <Link href={`/countries/${c.iso3}`}>{c.name}</Link>
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </details>
  );
}
