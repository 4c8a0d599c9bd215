import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { NotFoundError } from "@/db/errors";
import { getSourceForEdit } from "@/db/sources";
import { requireEditor } from "@/app/_lib/session";
import { SourceForm } from "@/components/forms/source-form";
import { editSourceAction } from "../../../../_actions/sources";
import { sourceFormValues } from "../../../../_lib/entity-values";

export const metadata: Metadata = { title: "Edit a source" };

export default async function EditSourcePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireEditor(`/admin/sources/${id}/edit`);
  if (!/^[1-9]\d{0,12}$/.test(id)) notFound();
  let source;
  try {
    source = getSourceForEdit(getDb(), Number(id));
  } catch (err) {
    if (err instanceof NotFoundError) notFound();
    throw err;
  }
  return (
    <>
      <h1>Edit source #{source.id}</h1>
      <p className="lede">
        Cited by {source.citedBy} statement{source.citedBy === 1 ? "" : "s"}: a correction shows wherever it is cited. The previous values stay
        in the history.
      </p>
      <SourceForm
        action={editSourceAction.bind(null, source.id)}
        initial={sourceFormValues(source)}
        baseVersion={source.version}
        reloadHref={`/admin/sources/${source.id}/edit`}
      />
    </>
  );
}
