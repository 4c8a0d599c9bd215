import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { listSourcesWithCounts } from "@/db/sources";
import { formatDate, safeHttpUrl } from "@/lib/format/format";
import { NoAddress } from "@/components/ui/no-address";
import { TableScroll } from "@/components/ui/table-scroll";
import { FrozenNote } from "@/components/ui/frozen-note";
import { Notices } from "@/components/dashboard/notices";
import { pageViewQuery, readPageView } from "../_lib/page-view";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Sources", description: "Every source the tracker cites, with the number of statements drawn from it." };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The list as known at the URL's `known` (a frozen link lists what it listed then), or now; links keep `known`. */
export default async function SourcesPage({ searchParams }: { searchParams: SearchParams }) {
  const view = readPageView(await searchParams);
  const { known } = view;
  const sources = listSourcesWithCounts(getDb(), known);
  const keep = pageViewQuery({ date: null, known });
  return (
    <>
      <h1>Sources</h1>
      <Notices notices={view.notices} />
      <FrozenNote known={known} currentHref="/sources" />
      <p className="lede">
        Every article and document the tracker cites, newest first. A source&apos;s page lists every statement drawn from it.
      </p>
      {sources.length === 0 ? (
        <p className="empty">No sources yet.</p>
      ) : (
        <TableScroll label="Sources">
          <table className="data" data-testid="sources-table">
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Publisher</th>
                <th scope="col">Published</th>
                <th scope="col">Language</th>
                <th scope="col">Statements</th>
                <th scope="col">Original</th>
              </tr>
            </thead>
            <tbody>
              {sources.map((s) => {
                const href = safeHttpUrl(s.url);
                const archived = safeHttpUrl(s.archivedUrl);
                return (
                  <tr key={s.id} data-source-id={s.id}>
                    <th scope="row">
                      <Link href={`/sources/${s.id}${keep}`}>{s.title}</Link>
                    </th>
                    <td>{s.publisher ?? <span className="empty">not recorded</span>}</td>
                    <td className="date">{s.publishedOn ? formatDate(s.publishedOn) : <span className="empty">date unknown</span>}</td>
                    <td>{s.language ?? <span className="empty">—</span>}</td>
                    <td className="num">{s.statements}</td>
                    <td>
                      {href ? (
                        <a href={href} rel="noopener noreferrer" target="_blank">
                          open
                        </a>
                      ) : s.url ? (
                        <span className="empty">not an http(s) address, so not linked</span>
                      ) : (
                        <NoAddress note={s.note} />
                      )}
                      {archived ? (
                        <>
                          {" · "}
                          <a href={archived} rel="noopener noreferrer" target="_blank">
                            archived
                          </a>
                        </>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}
