"use client";

import { coalitionCsv, contributionsCsv } from "@/lib/charts/chart-csv";
import type { CoalitionStep } from "@/lib/timeline/coalition-steps";
import type { ContributionCount } from "@/lib/timeline/contribution-counts";
import type { StanceKey } from "@/lib/types";

type Props = { filename: string } & (
  | { kind: "coalition"; steps: CoalitionStep[]; categories: StanceKey[] }
  | { kind: "contributions"; rows: ContributionCount[] }
);

/**
 * "Download data (CSV)": builds the file in the browser from the same props the chart draws, so the
 * download is exactly what is on screen (no second request that could see newer data).
 */
export function CsvDownload(props: Props) {
  const download = () => {
    const csv = props.kind === "coalition" ? coalitionCsv(props.steps, props.categories) : contributionsCsv(props.rows);
    const url = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = props.filename;
    document.body.append(a);
    a.click();
    a.remove();
    // Revoke after the click has been handled; revoking synchronously can cancel the download.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <button type="button" className="button csv-download" onClick={download} data-testid={`${props.kind}-csv-download`}>
      Download data (CSV)
    </button>
  );
}
