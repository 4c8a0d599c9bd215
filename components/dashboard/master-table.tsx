/**
 * The master table: one row per country, one column per fact (lib/timeline/master-table.ts), with
 * sort links in the header and, under it, a CSV download of exactly the rows shown. The header's
 * links and the rows come from the same model on the server and in the browser, so a page without
 * JavaScript sorts through the links and the browser sorts the same way without a request.
 */
import Link from "next/link";
import type { MouseEvent } from "react";
import { MASTER_COLUMNS, isRowStale, nextSort, type MasterContext, type MasterSort } from "@/lib/timeline/master-table";
import type { StanceRow } from "@/lib/timeline/stance-rows";
import { CONDITION_LABELS } from "@/lib/format/claim-labels";
import type { StanceCategory } from "@/lib/types";
import { staleThreshold } from "@/lib/staleness/age";
import { Citations } from "@/components/ui/citations";
import { Quote } from "@/components/ui/quote";
import { CommitmentBadge } from "@/components/country/stance-badge";
import { TableScroll } from "@/components/ui/table-scroll";

type Props = {
  rows: StanceRow[];
  ctx: MasterContext;
  categories: StanceCategory[];
  sort: MasterSort;
  /** The address of the view sorted by `sort` (the header's links). */
  hrefFor: (sort: MasterSort) => string;
  onSort: (sort: MasterSort) => void;
  onOpen: (iso3: string) => void;
};

/** A plain left click is handled in place; a modified click (new tab) follows the link. */
const plainClick = (e: MouseEvent) => e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;

export function MasterTable({ rows, ctx, categories, sort, hrefFor, onSort, onOpen }: Props) {
  const colourOf = new Map(categories.map((c) => [c.key, c.colour]));
  return (
    <TableScroll label="Every country with a stated position" className="master-table-scroll">
      <table className="data master-table" data-sort={`${sort.desc ? "-" : ""}${sort.key}`}>
        <thead>
          <tr>
            {MASTER_COLUMNS.map((c) => {
              const state = sort.key === c.key ? (sort.desc ? "descending" : "ascending") : "none";
              const next = nextSort(sort, c.key);
              return (
                <th key={c.key} scope="col" aria-sort={state} data-column={c.key} className={c.kind === "contribution" ? "contribution" : undefined}>
                  <a
                    href={hrefFor(next)}
                    className="sort-link"
                    onClick={(e) => {
                      if (!plainClick(e)) return;
                      e.preventDefault();
                      onSort(next);
                    }}
                  >
                    {c.label}
                    <span aria-hidden="true">{state === "ascending" ? " ▲" : state === "descending" ? " ▼" : " ↕"}</span>
                  </a>
                </th>
              );
            })}
            <th scope="col">
              <span className="visually-hidden">Panel</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const stale = isRowStale(r, ctx);
            return (
            <tr key={r.iso3} data-iso3={r.iso3} data-stance={r.stance} data-stale={stale ? "true" : undefined} className={stale ? "stale" : undefined}>
              {MASTER_COLUMNS.map((c) => {
                const text = c.text(r, ctx);
                // A stale position is marked in words beside its age, as the map draws it paler (not colour alone).
                if (c.key === "age")
                  return (
                    <td key={c.key} data-column={c.key} className="date">
                      {text}
                      {stale ? (
                        <>
                          {" "}
                          <span className="tag stale-mark" data-testid="stale-mark" title={`Older than the ${staleThreshold(ctx.stale)} days of stale=`}>
                            stale
                          </span>
                        </>
                      ) : null}
                    </td>
                  );
                if (c.key === "country")
                  return (
                    <td key={c.key} className="country" data-column={c.key}>
                      <Link href={`/countries/${r.iso3}`} prefetch={false}>
                        {r.name}
                      </Link>
                    </td>
                  );
                if (c.key === "stance")
                  return (
                    <td key={c.key} data-column={c.key} className="stance">
                      <span className="swatch" style={{ background: colourOf.get(r.stance) }} aria-hidden="true" /> {text}
                    </td>
                  );
                if (c.key === "commitment")
                  return (
                    <td key={c.key} data-column={c.key}>
                      <CommitmentBadge commitment={r.commitment} />
                    </td>
                  );
                if (c.key === "source")
                  return (
                    <td key={c.key} data-column={c.key} className="source">
                      <Citations sources={r.sources} />{" "}
                      <Link href={`/statements/${r.statementId}`} prefetch={false} className="quote-meta">
                        #{r.statementId}
                      </Link>
                    </td>
                  );
                if (c.key === "quote")
                  return (
                    <td key={c.key} data-column={c.key} className="quote-cell">
                      <Quote of={r} />
                    </td>
                  );
                if (c.key === "conditions")
                  return (
                    <td key={c.key} data-column={c.key}>
                      {r.conditionKeys.map((k) => (
                        <span key={k} className="tag condition-chip" data-condition={k}>
                          {CONDITION_LABELS[k]}
                        </span>
                      ))}
                      {r.conditions}
                    </td>
                  );
                if (c.kind === "contribution")
                  return (
                    <td key={c.key} data-column={c.key} className="contribution">
                      {text ? (
                        <>
                          <span aria-hidden="true">{text}</span>
                          <span className="visually-hidden">{c.label}</span>
                        </>
                      ) : null}
                    </td>
                  );
                return (
                  <td key={c.key} data-column={c.key} className={c.key === "date" ? "date" : undefined}>
                    {text}
                  </td>
                );
              })}
              <td>
                <button type="button" className="link-button" onClick={() => onOpen(r.iso3)} aria-label={`Open the panel of ${r.name}`}>
                  Details
                </button>
              </td>
            </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
