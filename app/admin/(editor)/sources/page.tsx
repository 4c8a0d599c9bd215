import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { searchSources } from "@/db/queries/source-writes";
import { requireEditor } from "@/lib/auth-session";
import { safeHttpUrl } from "@/lib/format";

export const metadata: Metadata = { title: "Sources" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SourcesPage({ searchParams }: { searchParams: SearchParams }) {
  await requireEditor("/admin/sources");
  const sp = await searchParams;
  const q = typeof sp.q === "string" ? sp.q.slice(0, 200) : "";
  const sources = searchSources(getDb(), q, 200);
  return (
    <>
      <h1>Sources</h1>
      <p className="actions">
        <Link className="button" href="/admin/sources/new">
          Add a source
        </Link>
      </p>
      <form method="get" className="filters" role="search" aria-label="Search sources">
        <label>
          Title, publisher or URL contains
          <input type="search" name="q" defaultValue={q} />
        </label>
        <button type="submit">Search</button>
      </form>
      {sources.length === 0 ? (
        <p className="empty">No source matches.</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Title</th>
              <th scope="col">Publisher</th>
              <th scope="col">Published</th>
              <th scope="col">Cited by</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {sources.map((s) => {
              const href = safeHttpUrl(s.url);
              return (
                <tr key={s.id}>
                  <td>{s.id}</td>
                  <td>
                    {href ? (
                      <a href={href} rel="noopener noreferrer" target="_blank">
                        {s.title}
                      </a>
                    ) : (
                      s.title
                    )}
                  </td>
                  <td>{s.publisher ?? "—"}</td>
                  <td>{s.publishedOn ?? "—"}</td>
                  <td>{s.citedBy}</td>
                  <td>
                    <Link href={`/admin/sources/${s.id}/edit`}>Edit #{s.id}</Link>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}
