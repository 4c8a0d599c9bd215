/**
 * The link preview images (app/og/route.tsx), as JSX for next/og (satori: every box with more than
 * one child is a flex box; styles inline). Props only. Text on a category colour uses the ink with
 * the better contrast (lib/format/contrast.ts: at least 4.5:1 on any fill).
 */
import type { ReactNode } from "react";
import { inkOn } from "@/lib/format/contrast";

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
const INK = "#1b1f24";
const MUTED = "#57606a";

export type OgCategory = { key: string; label: string; colour: string };
export type OgTile = { iso3: string; name: string; stance: string; faded: boolean };

function Frame({ kicker, title, subtitle, children }: { kicker: string; title: string; subtitle: string; children: ReactNode }) {
  return (
    <div style={{ display: "flex", flexDirection: "column", width: "100%", height: "100%", background: "#ffffff", padding: "36px 56px", fontFamily: "sans-serif" }}>
      <div style={{ display: "flex", fontSize: 24, color: MUTED }}>{kicker}</div>
      <div style={{ display: "flex", fontSize: 48, fontWeight: 700, color: INK, marginTop: 6 }}>{title}</div>
      <div style={{ display: "flex", fontSize: 24, color: MUTED, marginTop: 4, marginBottom: 24 }}>{subtitle}</div>
      {children}
    </div>
  );
}

const short = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** The dashboard on a date: countries per category as bars, and each country with a position as a named tile. */
export function DashboardPreview({ kicker, title, subtitle, categories, counts, tiles, maxTiles = 24 }: {
  kicker: string;
  title: string;
  subtitle: string;
  categories: OgCategory[];
  counts: Record<string, number>;
  tiles: OgTile[];
  maxTiles?: number;
}) {
  const max = Math.max(1, ...categories.map((c) => counts[c.key] ?? 0));
  const colour = new Map(categories.map((c) => [c.key, c.colour]));
  const shown = tiles.slice(0, maxTiles);
  return (
    <Frame kicker={kicker} title={title} subtitle={subtitle}>
      <div style={{ display: "flex", gap: 36 }}>
        <div style={{ display: "flex", flexDirection: "column", width: 500, gap: 10 }}>
          {categories.map((c) => (
            <div key={c.key} style={{ display: "flex", alignItems: "center", gap: 12 }}>
              <div style={{ display: "flex", width: 290, fontSize: 22, color: INK }}>{c.label}</div>
              <div style={{ display: "flex", width: Math.max(4, ((counts[c.key] ?? 0) / max) * 140), height: 28, background: c.colour, borderRadius: 4 }} />
              <div style={{ display: "flex", fontSize: 24, fontWeight: 700, color: INK }}>{String(counts[c.key] ?? 0)}</div>
            </div>
          ))}
        </div>
        <div style={{ display: "flex", flexWrap: "wrap", width: 560, gap: 8, alignContent: "flex-start" }}>
          {shown.map((t) => {
            const bg = colour.get(t.stance) ?? "#d9d9d9";
            // A faded (stale) position: its colour as a border, dark text on white, so the text keeps its contrast.
            const style = t.faded
              ? { background: "#ffffff", color: INK, border: `3px dashed ${bg}` }
              : { background: bg, color: inkOn(bg), border: `3px solid ${bg}` };
            return (
              <div key={t.iso3} style={{ display: "flex", width: 134, height: 40, alignItems: "center", justifyContent: "center", fontSize: 17, fontWeight: 700, borderRadius: 6, ...style }}>
                {short(t.name, 14)}
              </div>
            );
          })}
          {tiles.length > shown.length ? (
            <div style={{ display: "flex", height: 40, alignItems: "center", fontSize: 20, color: MUTED }}>{`+${tiles.length - shown.length} more`}</div>
          ) : null}
        </div>
      </div>
    </Frame>
  );
}

/** One country's position (the `country=` view, a country page, a statement page): its category, quote and translation. */
export function PositionPreview({ kicker, title, subtitle, category, stated, quote, quoteLanguage, translation, source }: {
  kicker: string;
  title: string;
  subtitle: string;
  category: OgCategory | null;
  stated: string | null;
  quote: string | null;
  quoteLanguage: string | null;
  translation: string | null;
  source: string | null;
}) {
  const bg = category?.colour ?? "#d9d9d9";
  return (
    <Frame kicker={kicker} title={title} subtitle={subtitle}>
      <div style={{ display: "flex", alignItems: "center", gap: 18 }}>
        <div style={{ display: "flex", padding: "8px 20px", background: bg, color: inkOn(bg), fontSize: 32, fontWeight: 700, borderRadius: 8 }}>
          {category?.label ?? "No stated position"}
        </div>
        {stated ? <div style={{ display: "flex", fontSize: 24, color: MUTED }}>{stated}</div> : null}
      </div>
      {quote ? (
        <div style={{ display: "flex", flexDirection: "column", marginTop: 24, borderLeft: `8px solid ${bg}`, paddingLeft: 20 }}>
          <div style={{ display: "flex", fontSize: 28, color: INK }}>{`“${short(quote, 220)}”`}</div>
          {quoteLanguage ? <div style={{ display: "flex", fontSize: 20, color: MUTED, marginTop: 6 }}>{quoteLanguage}</div> : null}
          {translation ? <div style={{ display: "flex", fontSize: 24, color: INK, marginTop: 10 }}>{`Translation: “${short(translation, 200)}”`}</div> : null}
        </div>
      ) : null}
      {source ? <div style={{ display: "flex", fontSize: 20, color: MUTED, marginTop: 18 }}>{short(`Source: ${source}`, 110)}</div> : null}
    </Frame>
  );
}

export type OgMove = { name: string; from: OgCategory | null; to: OgCategory | null };

function Chip({ category }: { category: OgCategory | null }) {
  const bg = category?.colour ?? "#d9d9d9";
  return (
    <div style={{ display: "flex", padding: "2px 10px", background: bg, color: inkOn(bg), fontSize: 18, fontWeight: 700, borderRadius: 5 }}>
      {category?.label ?? "No stated position"}
    </div>
  );
}

/** The compare view: who moved between two dates, from which category to which. */
export function ComparePreview({ kicker, title, subtitle, moves, maxMoves = 9 }: { kicker: string; title: string; subtitle: string; moves: OgMove[]; maxMoves?: number }) {
  const shown = moves.slice(0, maxMoves);
  return (
    <Frame kicker={kicker} title={title} subtitle={subtitle}>
      <div style={{ display: "flex", flexDirection: "column", gap: 8 }}>
        {shown.length === 0 ? <div style={{ display: "flex", fontSize: 28, color: INK }}>No country changed position.</div> : null}
        {shown.map((m) => (
          <div key={m.name} style={{ display: "flex", alignItems: "center", gap: 12 }}>
            <div style={{ display: "flex", width: 260, fontSize: 24, fontWeight: 700, color: INK }}>{short(m.name, 20)}</div>
            <Chip category={m.from} />
            <div style={{ display: "flex", fontSize: 24, color: MUTED }}>→</div>
            <Chip category={m.to} />
          </div>
        ))}
        {moves.length > shown.length ? <div style={{ display: "flex", fontSize: 20, color: MUTED }}>{`+${moves.length - shown.length} more`}</div> : null}
      </div>
    </Frame>
  );
}
