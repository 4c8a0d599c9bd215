import type { NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { readGroup } from "@/db/events";
import { listSourcesInView } from "@/db/sources";
import { formatBibtex, formatCslJson } from "@/app/_lib/cite/render";
import { BUNDLE_CSV_COLUMNS, bundleCsvRows, sourceCslItem } from "@/lib/cite/source-items";
import { formatCsv } from "@/lib/csv";
import { todayIso } from "@/lib/dates";
import { claimViewKey, claimViewOfQuery, parseQuery } from "@/lib/validation/query-params";
import { cachedResponse } from "../_lib/cached";
import { handle, jsonError } from "../_lib/respond";
import { citationsQuery } from "./citations-query";

const TYPES = { csv: "text/csv; charset=utf-8", bibtex: "application/x-bibtex; charset=utf-8", csl: "application/vnd.citationstyles.csl+json" } as const;
const EXTENSIONS = { csv: "csv", bibtex: "bib", csl: "json" } as const;

/**
 * GET /api/v1/citations?date=&known=[&official=&commitment=&assume=&group=][&country=|&statement=][&format=csv|bibtex|csl]:
 * the citation bundle, every source (primary and corroborating, each once) behind the statements
 * that decide the view on `date` as known at `known`, under the same claim filters and group as
 * the dashboard (db/sources/cited-in-view.ts). CSV columns: lib/cite/source-items.ts. Read-cached.
 */
export function GET(request: NextRequest) {
  const q = parseQuery(citationsQuery, request.nextUrl.searchParams);
  if (!q.ok) return jsonError(400, q.error);
  const date = q.data.date ?? todayIso();
  const known = q.data.known ?? null;
  const view = claimViewOfQuery(q.data);
  const format = q.data.format ?? "csv";
  const groupKey = q.data.group ?? null;
  return handle(() => {
    const db = getDb();
    const group = groupKey === null ? null : readGroup(db, groupKey);
    if (groupKey !== null && group === null) return jsonError(400, `group: no event has the slug '${groupKey.slice("summit:".length)}'`);
    const key = `citations?date=${date}&known=${known ?? ""}${claimViewKey(view)}&group=${groupKey ?? ""}&country=${q.data.country ?? ""}&statement=${q.data.statement ?? ""}&format=${format}`;
    return cachedResponse(
      request,
      key,
      () => {
        const sources = listSourcesInView(db, { date, known, view, group, country: q.data.country ?? null, statement: q.data.statement ?? null });
        if (format === "csv") return formatCsv(bundleCsvRows(sources), BUNDLE_CSV_COLUMNS);
        const items = sources.map(sourceCslItem);
        return format === "bibtex" ? formatBibtex(items) : formatCslJson(items);
      },
      // A bundle frozen at a past `known` can never change (sources are bitemporal): immutable.
      { contentType: TYPES[format], known, headers: { "content-disposition": `attachment; filename="coalition-sources-${date}.${EXTENSIONS[format]}"` } },
    );
  });
}
