import type { NextRequest } from "next/server";
import { citedItem, citedViewOf, citeData, originOf } from "@/app/_lib/cite/cited-view";
import { formatBibliography, formatBibtex, formatCslJson } from "@/app/_lib/cite/render";
import { getDb } from "@/db/client";
import { readGroup } from "@/db/events";
import { todayIso } from "@/lib/dates";
import { asOfQuery, claimQuery, groupQuery, parseQuery } from "@/lib/validation/query-params";
import { cachedResponse } from "../_lib/cached";
import { handle, jsonError } from "../_lib/respond";
import { citationQuery } from "./citation-query";

const dashboardChecks = asOfQuery.and(claimQuery).and(groupQuery);

const TYPES = {
  json: "application/json",
  apa: "text/plain; charset=utf-8",
  chicago: "text/plain; charset=utf-8",
  bibtex: "application/x-bibtex; charset=utf-8",
  csl: "application/vnd.citationstyles.csl+json",
} as const;

/**
 * GET /api/v1/citation?page=PATH&known=INSTANT[&format=json|apa|chicago|bibtex|csl][&the page's
 * parameters]: the citation of one tracker view (the Cite control's text and downloads), rendered
 * with citation-js on the server. Its URL is the view's frozen permalink (its parameters, the
 * date made explicit, plus `known`); the access date is today. Read-cached per query, origin and day.
 */
export function GET(request: NextRequest) {
  const sp = request.nextUrl.searchParams;
  const q = parseQuery(citationQuery, sp);
  if (!q.ok) return jsonError(400, q.error);
  if (q.data.page === "/") {
    // The dashboard's claim and group parameters: a malformed one is a 400 here, as on every read route.
    const checked = parseQuery(dashboardChecks, sp);
    if (!checked.ok) return jsonError(400, checked.error);
    const group = checked.data.group;
    if (group !== undefined && readGroup(getDb(), group) === null) return jsonError(400, `group: no event has the slug '${group.slice("summit:".length)}'`);
  }
  const format = q.data.format ?? "json";
  const knownIso = new Date(q.data.known).toISOString();
  const raw: Record<string, string> = {};
  for (const [k, v] of sp) if (k !== "page" && k !== "format" && k !== "known" && v !== "" && !(k in raw)) raw[k] = v;
  return handle(() => {
    const resolved = citedViewOf(q.data.page, raw);
    if (!resolved.ok) return jsonError(resolved.status, resolved.error);
    const { view } = resolved;
    const origin = originOf(request.headers);
    const key = `citation?origin=${origin}&day=${todayIso()}&page=${view.path}&${view.query.toString()}&known=${knownIso}&format=${format}`;
    const file = `coalition-tracker-${knownIso.slice(0, 10)}`;
    const disposition: Record<string, string> =
      format === "bibtex" ? { "content-disposition": `attachment; filename="${file}.bib"` } : format === "csl" ? { "content-disposition": `attachment; filename="${file}.json"` } : {};
    return cachedResponse(
      request,
      key,
      () => {
        if (format === "json") return JSON.stringify(citeData(view, origin, knownIso));
        const item = citedItem(view, origin, knownIso);
        if (format === "bibtex") return formatBibtex([item]);
        if (format === "csl") return formatCslJson([item]);
        return `${formatBibliography([item], format)}\n`;
      },
      { contentType: TYPES[format], headers: disposition },
    );
  });
}
