"use server";
/**
 * Recording, editing and retracting statements. Each action checks the session first, validates the
 * whole form, writes in one transaction (db/queries/statement-writes.ts), revalidates the public
 * views and lands the editor on the statement's permalink.
 */
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { ConflictError } from "@/db/errors";
import { createStatement, editStatement, retractStatement } from "@/db/queries/statement-writes";
import type { StatementDto } from "@/lib/types";
import { refused, refusedFromError, validatedAction } from "@/lib/action";
import { actorOf } from "@/lib/auth-session";
import type { FormState, VersionConflict } from "@/lib/form-state";
import { single } from "@/lib/validation/form-values";
import { baseVersionField } from "@/lib/validation/source-form";
import { parseStatementForm, retractionSchema } from "@/lib/validation/statement-form";
import { revalidatePublicViews } from "../_lib/revalidate";
import { statementConflict } from "../_lib/statement-values";

type State = FormState<{ conflict?: VersionConflict }>;

// The data layer names fields as the database does; the form as the CSV does.
const FIELD_NAMES = { countryIso3: "country", sourceId: "source_id" };

function validId(id: unknown): id is number {
  return typeof id === "number" && Number.isSafeInteger(id) && id > 0;
}

function conflictMessage(current: StatementDto, base: number): string {
  return `Nothing was saved: ${current.recordedBy} saved version ${current.version} of this statement after you opened version ${base}.`;
}

const statementValidator = (values: Parameters<typeof parseStatementForm>[0]) => parseStatementForm(values);

/** New statement (version 1). */
export const createStatementAction = validatedAction(statementValidator, async (data, { editor, values }): Promise<State> => {
  let id: number;
  try {
    id = createStatement(getDb(), data, actorOf(editor)).current.id;
  } catch (err) {
    return refusedFromError(err, values, FIELD_NAMES);
  }
  revalidatePublicViews();
  redirect(`/statements/${id}`);
});

/**
 * Edit: a new version, written only if the editor's `baseVersion` is still current. The explicit
 * "save mine anyway" button after a conflict submits `confirmBase` = the newer version instead.
 */
export async function editStatementAction(statementId: number, prev: State, formData: FormData): Promise<State> {
  return validatedAction(statementValidator, async (data, { editor, values }): Promise<State> => {
    if (!validId(statementId)) return refused("Nothing was saved: no such statement.", values);
    const base = baseVersionField.safeParse(single(values, "confirmBase") || single(values, "baseVersion"));
    if (!base.success) return refused(`Nothing was saved: ${base.error.issues[0]?.message}.`, values);
    try {
      editStatement(getDb(), statementId, base.data, data, actorOf(editor), data.changeReason);
    } catch (err) {
      if (err instanceof ConflictError) {
        const current = err.current as StatementDto;
        return refused(conflictMessage(current, base.data), values, {}, { conflict: statementConflict(current, values) });
      }
      return refusedFromError(err, values, FIELD_NAMES);
    }
    revalidatePublicViews();
    redirect(`/statements/${statementId}`);
  })(prev, formData);
}

const retractForm = retractionSchema.extend({ baseVersion: baseVersionField });

/** Retraction: a new version with status "retracted" and the required reason; never a deletion. */
export async function retractStatementAction(statementId: number, prev: FormState, formData: FormData): Promise<FormState> {
  return validatedAction(retractForm, async (data, { editor, values }): Promise<FormState> => {
    if (!validId(statementId)) return refused("Nothing was retracted: no such statement.", values);
    try {
      retractStatement(getDb(), statementId, data.baseVersion, data.reason, actorOf(editor));
    } catch (err) {
      if (err instanceof ConflictError) {
        const current = err.current as StatementDto;
        return refused(
          `Nothing was retracted: version ${current.version} was saved by ${current.recordedBy} after you opened this page. Reload it and check the newer version first.`,
          values,
        );
      }
      return refusedFromError(err, values);
    }
    revalidatePublicViews();
    redirect(`/statements/${statementId}`);
  })(prev, formData);
}
