import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { requireEditor } from "@/app/_lib/session";
import { EventForm } from "@/components/forms/event-form";
import { createEventAction } from "../../../_actions/events";
import { formOptions } from "../../../_lib/form-options";

export const metadata: Metadata = { title: "Add a summit" };

export default async function NewEventPage() {
  await requireEditor("/admin/events/new");
  return (
    <>
      <h1>Add a summit</h1>
      <EventForm action={createEventAction} initial={{ source_mode: "none" }} sources={formOptions(getDb()).sources} />
    </>
  );
}
