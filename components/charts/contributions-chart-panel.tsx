import type { ContributionCount } from "@/lib/timeline/contribution-counts";
import { formatDate } from "@/lib/format/format";
import { knownLabel } from "@/lib/format/known-label";
import type { IsoDate } from "@/lib/types";
import { ContributionsChartWhenNear } from "./chart-loaders";
import { CsvDownload } from "./csv-download";
import { PictureLinks } from "@/components/dashboard/picture-links";
import { ContributionsTable } from "./contributions-table";

/**
 * Contributions on the chosen date with its caption, CSV download and table equivalent.
 * A server component: only the bar chart (recharts) is loaded in the browser; the table is drawn from
 * the same rows (contributions-table.tsx).
 */
export function ContributionsChartPanel({ rows, date, known }: { rows: ContributionCount[]; date: IsoDate; known: number | null }) {
  const offering = new Set(rows.flatMap((r) => r.countries.map((c) => c.iso3))).size;
  return (
    <figure className="chart-panel" data-testid="contributions-chart" data-date={date} aria-labelledby="contributions-chart-title">
      <h2 id="contributions-chart-title">Contributions on {formatDate(date)}</h2>
      {offering === 0 ? (
        <p className="empty">No country&apos;s position on this date names a contribution.</p>
      ) : (
        <ContributionsChartWhenNear rows={rows} />
      )}
      <figcaption>
        Countries offering each kind of contribution as of {formatDate(date)}, {knownLabel(known)}, according to each country&apos;s
        deciding statement ({offering} {offering === 1 ? "country names" : "countries name"} at least one). A country may offer several
        kinds, so the bars do not add up to the number of countries.
      </figcaption>
      <div className="chart-actions">
        <CsvDownload kind="contributions" filename={`contributions-${date}.csv`} rows={rows} />
        <PictureLinks kind="contributions" />
      </div>
      <ContributionsTable rows={rows} date={date} />
    </figure>
  );
}
