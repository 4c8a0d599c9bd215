import "server-only";
import type { Db } from "../client";
import { NotFoundError, ValidationError } from "../errors";
import { single, type FormValues } from "@/lib/validation/form-values";
import { baseVersionField } from "../sources/validation";
import { parseStatementForm } from "./form";
import type { StatementWithVersions } from "./read";
import { assertCurrentBase, assertReferences, editStatement } from "./versions";
import { saveDraft, type Saved } from "../review/drafts";
import { reviewRequired } from "../review/setting";

export function validStatementId(id: unknown): id is number {
  return typeof id === "number" && Number.isSafeInteger(id) && id > 0;
}

/**
 * Edit: validates the values (every field, plus `baseVersion`, the version the editor opened) and
 * appends a new version, refused with a ConflictError when a newer one exists; under review, the
 * same checks and then a draft instead of the version.
 */
export function editStatementFromValues(db: Db, statementId: number, values: FormValues, actor: string): Saved<StatementWithVersions> {
  const form = parseStatementForm(values);
  const base = baseVersionField.safeParse(single(values, "baseVersion"));
  if (!form.ok) {
    const baseErrors: Record<string, string[]> = base.success ? {} : { baseVersion: ["required: the version you edited"] };
    throw new ValidationError({ ...(form.fieldErrors as Record<string, string[]>), ...baseErrors }, form.formErrors);
  }
  if (!validStatementId(statementId)) throw new NotFoundError("no such statement");
  if (!base.success) throw new ValidationError({ baseVersion: ["required: the version you edited"] }, [], base.error.issues[0]?.message);
  if (reviewRequired()) {
    // Refused now as a save would be (a newer version, a retracted statement), and again at approval.
    assertCurrentBase(db, statementId, base.data);
    assertReferences(db, form.data);
    return saveDraft(db, { kind: "edit", statementId, baseVersion: base.data, countryIso3: form.data.countryIso3, payload: form.data, author: actor });
  }
  return editStatement(db, statementId, base.data, form.data, actor, form.data.changeReason);
}
