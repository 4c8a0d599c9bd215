import { ImageResponse } from "next/og";
import type { NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { listCategories } from "@/db/reference";
import { getStancesInView } from "@/db/statements";
import { CONDITION_LABELS } from "@/lib/format/claim-labels";
import { todayIso } from "@/lib/dates";
import { PUBLIC_VIEW_VARY, publicViewCacheControl } from "@/lib/http/cache-control";
import { formatLongDate } from "@/lib/format/format";
import { claimViewOf, readViewParams } from "@/lib/url/search-params";
import type { StatementDto } from "@/db/statements";
import type { StanceCategory } from "@/lib/types";

const MAX_TILES = 40;

/** Black or white text, whichever reads better on a category colour (#rrggbb). */
function inkOn(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b) > 0.35 ? "#111111" : "#ffffff";
}

function Bars({ categories, rows }: { categories: StanceCategory[]; rows: StatementDto[] }) {
  const max = Math.max(1, ...categories.map((c) => rows.filter((r) => r.stance === c.key).length));
  return (
    <div style={{ display: "flex", flexDirection: "column", width: 560, gap: 10 }}>
      {categories.map((c) => {
        const n = rows.filter((r) => r.stance === c.key).length;
        return (
          <div key={c.key} style={{ display: "flex", alignItems: "center", gap: 12 }}>
            <div style={{ display: "flex", width: 330, fontSize: 24, color: "#1b1f24" }}>{c.label}</div>
            <div style={{ display: "flex", width: Math.max(4, (n / max) * 170), height: 30, background: c.colour, borderRadius: 4 }} />
            <div style={{ display: "flex", fontSize: 26, fontWeight: 700, color: "#1b1f24" }}>{String(n)}</div>
          </div>
        );
      })}
    </div>
  );
}

function Tiles({ categories, rows }: { categories: StanceCategory[]; rows: StatementDto[] }) {
  const rank = new Map(categories.map((c) => [c.key, c.rank]));
  const colour = new Map(categories.map((c) => [c.key, c.colour]));
  const sorted = [...rows].sort((a, b) => (rank.get(a.stance) ?? 0) - (rank.get(b.stance) ?? 0) || a.countryIso3.localeCompare(b.countryIso3));
  const shown = sorted.slice(0, MAX_TILES);
  return (
    <div style={{ display: "flex", flexWrap: "wrap", width: 520, gap: 8, alignContent: "flex-start" }}>
      {shown.map((r) => {
        const bg = colour.get(r.stance) ?? "#d9d9d9";
        return (
          <div
            key={r.countryIso3}
            style={{ display: "flex", width: 78, height: 44, alignItems: "center", justifyContent: "center", background: bg, color: inkOn(bg), fontSize: 20, fontWeight: 700, borderRadius: 6 }}
          >
            {r.countryIso3}
          </div>
        );
      })}
      {sorted.length > shown.length ? (
        <div style={{ display: "flex", height: 44, alignItems: "center", fontSize: 20, color: "#57606a" }}>+{sorted.length - shown.length} more</div>
      ) : null}
    </div>
  );
}

/**
 * GET /og?date=&known=[&official=&commitment=&assume=]: the link preview image of the dashboard on a date: countries per category
 * as bars and every country with a stated position as a tile in its category's colour.
 * Malformed parameters fall back to their defaults, as on the page.
 */
export function GET(request: NextRequest) {
  const { params } = readViewParams(Object.fromEntries(request.nextUrl.searchParams));
  const date = params.date ?? todayIso();
  const db = getDb();
  const categories = listCategories(db);
  const claims = claimViewOf(params);
  const rows = getStancesInView(db, date, params.known, claims).rows;
  const scenario = [
    claims.official ? "official positions only" : null,
    claims.commitment ? `${claims.commitment} or firmer` : null,
    claims.assume ? `scenario: no ${CONDITION_LABELS[claims.assume]}` : null,
  ].filter(Boolean);
  return new ImageResponse(
    (
      <div style={{ display: "flex", flexDirection: "column", width: "100%", height: "100%", background: "#ffffff", padding: "40px 56px", fontFamily: "sans-serif" }}>
        <div style={{ display: "flex", fontSize: 26, color: "#57606a" }}>Coalition Tracker · multinational force for Ukraine</div>
        <div style={{ display: "flex", fontSize: 54, fontWeight: 700, color: "#1b1f24", marginTop: 6 }}>The coalition as of {formatLongDate(date)}</div>
        <div style={{ display: "flex", fontSize: 26, color: "#57606a", marginTop: 4, marginBottom: 28 }}>
          {`${rows.length} ${rows.length === 1 ? "country" : "countries"} with a stated position${scenario.length > 0 ? ` · ${scenario.join(" · ")}` : ""}${params.known !== null ? ` · data as known at ${new Date(params.known).toISOString().slice(0, 16)}Z` : ""}`}
        </div>
        <div style={{ display: "flex", gap: 40 }}>
          <Bars categories={categories} rows={rows} />
          <Tiles categories={categories} rows={rows} />
        </div>
      </div>
    ),
    {
      width: 1200,
      height: 630,
      // As every public view (lib/http/cache-control.ts): `immutable` when frozen at a past `known`.
      headers: { "Cache-Control": publicViewCacheControl(request.headers, params.known), Vary: PUBLIC_VIEW_VARY.join(", ") },
    },
  );
}
