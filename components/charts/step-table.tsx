"use client";

import Link from "next/link";
import { useState } from "react";
import type { CoalitionStep } from "@/lib/timeline/coalition-steps";
import { formatDate } from "@/lib/format/format";
import { dateLinkHref, type ChartCategory, type DateLink } from "./chart-types";
import { TableScroll } from "@/components/ui/table-scroll";

type Props = { steps: CoalitionStep[]; categories: ChartCategory[]; caption: string; dateLink: DateLink };

/**
 * The coalition chart's numbers as a table, inside a disclosure whose rows are only rendered once
 * it is opened: with years of daily changes the table has thousands of rows, which would otherwise
 * weigh on every page load for the few readers who open it. The summary is a native <details>
 * control, so it is reached and opened by keyboard and announced by screen readers as usual.
 */
export function StepTable({ steps, categories, caption, dateLink }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <details className="chart-table" onToggle={(e) => setOpen(e.currentTarget.open)} data-testid="coalition-chart-table-toggle">
      <summary>The chart&apos;s data as a table ({steps.length} {steps.length === 1 ? "row" : "rows"})</summary>
      {open ? (
        <TableScroll label={caption}>
          <table className="data" data-testid="coalition-chart-table">
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">From</th>
                <th scope="col">Until</th>
                {categories.map((c) => (
                  <th key={c.key} scope="col">
                    {c.label}
                  </th>
                ))}
                <th scope="col">Total</th>
              </tr>
            </thead>
            <tbody>
              {steps.map((s) => (
                <tr key={s.from} data-from={s.from} data-until={s.until}>
                  <th scope="row">
                    <Link href={dateLinkHref(dateLink, s.from)} prefetch={false}>
                      {formatDate(s.from)}
                    </Link>
                  </th>
                  <td>{formatDate(s.until)}</td>
                  {categories.map((c) => (
                    <td key={c.key} data-stance={c.key} className="num">
                      {s.counts[c.key]}
                    </td>
                  ))}
                  <td data-stance="total" className="num">
                    {s.total}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
    </details>
  );
}
