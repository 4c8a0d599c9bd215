import type { Metadata } from "next";
import { requireEditor } from "@/app/_lib/session";
import { SourceForm } from "@/components/forms/source-form";
import { createSourceAction } from "../../../_actions/sources";

export const metadata: Metadata = { title: "Add a source" };

export default async function NewSourcePage() {
  await requireEditor("/admin/sources/new");
  return (
    <>
      <h1>Add a source</h1>
      <SourceForm action={createSourceAction} initial={{}} />
    </>
  );
}
