import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { listEventsForEdit } from "@/db/events";
import { requireEditor } from "@/lib/auth-session";
import { formatDate } from "@/lib/format/format";
import { ListHeader, ListTable } from "@/components/admin/list-layout";

export const metadata: Metadata = { title: "Summits" };

export default async function EventsPage() {
  await requireEditor("/admin/events");
  const events = listEventsForEdit(getDb());
  return (
    <>
      <ListHeader title="Summits" add={{ href: "/admin/events/new", label: "Add a summit" }} />
      <ListTable columns={["Held on", "Name", "Place", "Participants"]} actions count={events.length}>
        {events.map((e) => (
          <tr key={e.id}>
            <td className="date">{formatDate(e.heldOn)}</td>
            <td>{e.name}</td>
            <td>{e.place ?? "—"}</td>
            <td>{e.participants.join(", ") || "—"}</td>
            <td>
              <Link href={`/admin/events/${e.id}/edit`}>Edit #{e.id}</Link>
            </td>
          </tr>
        ))}
      </ListTable>
    </>
  );
}
