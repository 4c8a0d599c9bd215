import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { requireEditor } from "@/app/_lib/session";
import { StatementForm } from "@/components/forms/statement-form";
import { editStatementAction } from "../../../../_actions/statements";
import { statementFormOptions } from "../../../../_lib/form-options";
import { statementFormValues } from "../../../../_lib/statement-values";
import { loadStatement } from "../../../../_lib/load-statement";
import { correctionPrefill, CorrectionNotice } from "../../../../_lib/correction-prefill";

export const metadata: Metadata = { title: "Edit a statement" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function EditStatementPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  const { id } = await params;
  await requireEditor(`/admin/statements/${id}/edit`);
  const { current } = loadStatement(id);
  // ?correction=N (from an accepted suggestion): the suggested source, filled in as a new source.
  const suggestion = correctionPrefill((await searchParams).correction, { statementId: current.id });
  if (current.status === "retracted") {
    return (
      <>
        <h1>Statement #{current.id} is retracted</h1>
        <p>A retracted statement cannot be edited; record a new statement instead.</p>
        <p>
          <Link href={`/admin/statements/${current.id}`}>Back to the statement</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <h1>
        Edit statement #{current.id}: {current.countryName}
      </h1>
      <p className="lede">
        Saving writes version {current.version + 1}; version {current.version} stays in the history. If someone else saves first, you
        will be shown their version before anything is overwritten.
      </p>
      {suggestion ? <CorrectionNotice suggestion={suggestion} /> : null}
      <StatementForm
        action={editStatementAction.bind(null, current.id)}
        initial={suggestion ? { ...statementFormValues(current), ...suggestion.values } : statementFormValues(current)}
        baseVersion={current.version}
        reloadHref={`/admin/statements/${current.id}/edit`}
        {...statementFormOptions(getDb())}
      />
    </>
  );
}
