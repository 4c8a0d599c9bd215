import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { searchSources } from "@/db/sources";
import { requireEditor } from "@/lib/auth-session";
import { safeHttpUrl } from "@/lib/format/format";
import { FilterForm } from "@/components/admin/filter-form";
import { ListHeader, ListTable } from "@/components/admin/list-layout";

export const metadata: Metadata = { title: "Sources" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SourcesPage({ searchParams }: { searchParams: SearchParams }) {
  await requireEditor("/admin/sources");
  const sp = await searchParams;
  const q = typeof sp.q === "string" ? sp.q.slice(0, 200) : "";
  const sources = searchSources(getDb(), q, 200);
  return (
    <>
      <ListHeader title="Sources" add={{ href: "/admin/sources/new", label: "Add a source" }} />
      <FilterForm label="Search sources" submitLabel="Search">
        <label>
          Title, publisher or URL contains
          <input type="search" name="q" defaultValue={q} />
        </label>
      </FilterForm>
      <ListTable columns={["#", "Title", "Publisher", "Published", "Cited by"]} actions count={sources.length} empty="No source matches.">
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
      </ListTable>
    </>
  );
}
