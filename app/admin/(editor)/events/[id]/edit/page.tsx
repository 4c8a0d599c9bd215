import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { NotFoundError } from "@/db/errors";
import { getEventForEdit } from "@/db/events";
import { requireEditor } from "@/app/_lib/session";
import { EventForm } from "@/components/forms/event-form";
import { editEventAction } from "../../../../_actions/events";
import { eventFormValues } from "../../../../_lib/entity-values";
import { formOptions } from "../../../../_lib/form-options";

export const metadata: Metadata = { title: "Edit a summit" };

export default async function EditEventPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireEditor(`/admin/events/${id}/edit`);
  if (!/^[1-9]\d{0,12}$/.test(id)) notFound();
  const db = getDb();
  let event;
  try {
    event = getEventForEdit(db, Number(id));
  } catch (err) {
    if (err instanceof NotFoundError) notFound();
    throw err;
  }
  const options = formOptions(db);
  const names = new Map(options.countries.map((c) => [c.iso3, c.name]));
  return (
    <>
      <h1>Edit summit: {event.name}</h1>
      <EventForm
        action={editEventAction.bind(null, event.id)}
        initial={eventFormValues(event, names)}
        baseVersion={event.version}
        reloadHref={`/admin/events/${event.id}/edit`}
        sources={options.sources}
      />
    </>
  );
}
