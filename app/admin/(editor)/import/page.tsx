import type { Metadata } from "next";
import { requireEditor } from "@/app/_lib/session";
import { ImportForm } from "@/components/forms/import-form";
import { importAction } from "../../_actions/import";

export const metadata: Metadata = { title: "Import statements" };

export default async function ImportPage() {
  await requireEditor("/admin/import");
  return (
    <>
      <h1>Import statements from a CSV file</h1>
      <p className="lede">
        The file is checked first: every row is shown as new, a duplicate of a statement already recorded (skipped), or an error with its
        reason. Nothing is written until you confirm, and then all rows are imported together or not at all.
      </p>
      <ImportForm action={importAction} />
    </>
  );
}
