import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { listEventsForEdit } from "@/db/queries/event-writes";
import { requireEditor } from "@/lib/auth-session";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "Summits" };

export default async function EventsPage() {
  await requireEditor("/admin/events");
  const events = listEventsForEdit(getDb());
  return (
    <>
      <h1>Summits</h1>
      <p className="actions">
        <Link className="button" href="/admin/events/new">
          Add a summit
        </Link>
      </p>
      <table className="data">
        <thead>
          <tr>
            <th scope="col">Held on</th>
            <th scope="col">Name</th>
            <th scope="col">Place</th>
            <th scope="col">Participants</th>
            <th scope="col">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
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
        </tbody>
      </table>
    </>
  );
}
