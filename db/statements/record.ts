import "server-only";
import type { Db } from "../client";
import { ValidationError } from "../errors";
import type { FormValues } from "@/lib/validation/form-values";
import { saveDraft, type Saved } from "../review/drafts";
import { reviewRequired } from "../review/setting";
import { parseStatementForm } from "./form";
import type { StatementWithVersions } from "./read";
import { assertReferences, createStatement } from "./versions";

/**
 * Record: validates the form's (or the JSON API's) values and writes version 1 with its audit entry,
 * or, under review (REVIEW_REQUIRED=1), saves them as a draft that another editor approves.
 */
export function recordStatement(db: Db, values: FormValues, actor: string): Saved<StatementWithVersions> {
  const form = parseStatementForm(values);
  if (!form.ok) throw new ValidationError(form.fieldErrors as Record<string, string[]>, form.formErrors);
  if (reviewRequired()) {
    assertReferences(db, form.data);
    return saveDraft(db, { kind: "create", countryIso3: form.data.countryIso3, payload: form.data, author: actor });
  }
  return createStatement(db, form.data, actor);
}
