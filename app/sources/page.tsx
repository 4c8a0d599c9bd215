import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { listSourcesWithCounts } from "@/db/sources";
import { formatDate, safeHttpUrl } from "@/lib/format/format";
import { NoAddress } from "@/components/ui/no-address";
import { TableScroll } from "@/components/ui/table-scroll";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Sources", description: "Every source the tracker cites, with the number of statements drawn from it." };

export default function SourcesPage() {
  const sources = listSourcesWithCounts(getDb());
  return (
    <>
      <h1>Sources</h1>
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
                      <Link href={`/sources/${s.id}`}>{s.title}</Link>
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
