import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { getStancesAsOf, listCategories } from "@/db/queries/stances";
import { listCountries } from "@/db/queries/reference";
import { parseIsoDate, parseInstant, todayIso } from "@/lib/dates";
import { countries, formatLongDate } from "@/lib/format";
import { StanceGroups } from "@/components/coalition/stance-groups";
import { DateForm } from "@/components/ui/date-form";
// --- charts branch: compare view and charts (keep when rewriting this page) ---
import { isCompareView } from "@/lib/compare-params";
import { CompareScreen, compareTitle } from "@/components/compare/compare-screen";
import { DashboardCharts } from "@/components/charts/dashboard-charts";
// --- end charts branch ---

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function first(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

/** Reads the view from the URL; a malformed value is dropped with a notice, never an error page. */
function readView(sp: Record<string, string | string[] | undefined>) {
  const notices: string[] = [];
  const rawDate = first(sp.date);
  let date = todayIso();
  if (rawDate !== undefined && rawDate !== "") {
    const parsed = parseIsoDate(rawDate);
    if (parsed) date = parsed;
    else notices.push(`The date "${rawDate}" is not a valid YYYY-MM-DD date; showing today instead.`);
  }
  const rawKnown = first(sp.known);
  let known: number | null = null;
  if (rawKnown !== undefined && rawKnown !== "") {
    known = parseInstant(rawKnown);
    if (known === null) notices.push(`"known=${rawKnown}" is not an ISO-8601 instant; showing the data as known now.`);
  }
  return { date, known, notices };
}

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const sp = await searchParams;
  if (isCompareView(sp)) return { title: compareTitle(sp) }; // charts branch: compare view
  const { date, known } = readView(sp);
  const statements = getStancesAsOf(getDb(), date, known);
  const troops = statements.filter((s) => s.stance === "troops").length;
  return {
    title: `The coalition as of ${formatLongDate(date)}`,
    description: `${countries(statements.length)} with a stated position on ${formatLongDate(date)}; ${countries(troops)} ready to send ground troops.`,
  };
}

export default async function HomePage({ searchParams }: { searchParams: SearchParams }) {
  const sp = await searchParams;
  if (isCompareView(sp)) return <CompareScreen searchParams={sp} />; // charts branch: compare view
  const { date, known, notices } = readView(sp);
  const db = getDb();
  const categories = listCategories(db);
  const statements = getStancesAsOf(db, date, known);
  const total = listCountries(db).length;
  return (
    <>
      <h1>The coalition as of {formatLongDate(date)}</h1>
      <p className="lede">
        What each government has said it will contribute to a multinational force for Ukraine after a ceasefire. A
        country&apos;s position on a date is its latest statement on or before that date.
        {known !== null ? ` Data as it was known at ${new Date(known).toISOString()}.` : ""}
      </p>
      {notices.map((n) => (
        <p key={n} role="status" className="notice">
          {n}
        </p>
      ))}
      <DateForm date={date} hidden={known !== null ? { known: new Date(known).toISOString() } : {}} />
      <ul className="summary" aria-label="Countries per category">
        {categories.map((c) => (
          <li key={c.key}>
            <span className="swatch" style={{ background: c.colour }} aria-hidden="true" />
            {c.label}: <strong>{statements.filter((s) => s.stance === c.key).length}</strong>
          </li>
        ))}
        <li>
          <span className="swatch" style={{ background: "var(--none)" }} aria-hidden="true" />
          No stated position: <strong>{total - statements.length}</strong>
        </li>
      </ul>
      <DashboardCharts date={date} known={known} /> {/* charts branch: coalition and contributions charts */}
      <StanceGroups categories={categories} statements={statements} />
    </>
  );
}
