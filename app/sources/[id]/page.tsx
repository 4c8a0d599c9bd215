import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { getSource, listSourceEvents, listSourceStatements } from "@/db/sources";
import { listCategories } from "@/db/reference";
import { formatDate } from "@/lib/format/format";
import { SourceLinks } from "@/components/country/source-links";
import { StanceBadge } from "@/components/country/stance-badge";
import { StatementSummary } from "@/components/country/statement-summary";
import { TableScroll } from "@/components/ui/table-scroll";
import { FrozenNote } from "@/components/ui/frozen-note";
import { Notices } from "@/components/dashboard/notices";
import { pageViewQuery, readPageView } from "../../_lib/page-view";

export const dynamic = "force-dynamic";

type Params = Promise<{ id: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The source as known at the URL's `known` (its version then: a frozen link cites what it cited), or now. */
async function loadSource(params: Params, searchParams: SearchParams) {
  const { id } = await params;
  const view = readPageView(await searchParams);
  const n = /^[1-9]\d{0,15}$/.test(id) ? Number(id) : NaN;
  const source = Number.isSafeInteger(n) ? getSource(getDb(), n, view.known) : null;
  if (!source) notFound();
  return { source, view };
}

export async function generateMetadata({ params, searchParams }: { params: Params; searchParams: SearchParams }): Promise<Metadata> {
  const { source } = await loadSource(params, searchParams);
  return { title: `Source: ${source.title}` };
}

export default async function SourcePage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { source, view } = await loadSource(params, searchParams);
  const { known } = view;
  const db = getDb();
  const statements = listSourceStatements(db, source.id, known);
  const events = listSourceEvents(db, source.id, known);
  const keep = pageViewQuery({ date: null, known });
  const categories = listCategories(db);
  const published = statements.filter((s) => s.status === "published");
  const retracted = statements.filter((s) => s.status === "retracted");
  return (
    <article className="source-page" data-testid="source-page" data-source-id={source.id}>
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link href={`/sources${keep}`}>Sources</Link> › Source #{source.id}
      </nav>
      <h1>{source.title}</h1>
      <Notices notices={view.notices} />
      <FrozenNote known={known} currentHref={`/sources/${source.id}`} />
      <SourceLinks source={source} withPageLink={false} />
      <h2>Statements citing this source ({published.length})</h2>
      {published.length === 0 ? (
        <p className="empty">No published statement cites this source.</p>
      ) : (
        <TableScroll label="Statements citing this source">
          <table className="data" data-testid="source-statements">
            <thead>
              <tr>
                <th scope="col">Category</th>
                <th scope="col">Statement</th>
              </tr>
            </thead>
            <tbody>
              {published.map((s) => (
                <tr key={s.id} data-statement-id={s.id}>
                  <td>
                    <StanceBadge category={categories.find((c) => c.key === s.stance) ?? null} />
                  </td>
                  <td>
                    <StatementSummary statement={s} withCountry />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {retracted.length > 0 ? (
        <>
          <h2>Retracted statements ({retracted.length})</h2>
          <ul>
            {retracted.map((s) => (
              <li key={s.id}>
                <StatementSummary statement={s} withCountry />
                <span className="retraction-reason">Reason: {s.changeReason ?? "none recorded"}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {events.length > 0 ? (
        <>
          <h2>Summits citing this source</h2>
          <ul>
            {events.map((e) => (
              <li key={e.slug}>
                <Link href={`/events/${e.slug}${keep}`}>{e.name}</Link>, {formatDate(e.heldOn)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </article>
  );
}
