import "server-only";
import type { Db } from "../client";
import { ValidationError } from "../errors";
import type { FormValues } from "@/lib/validation/form-values";
import { parseStatementForm } from "./form";
import type { StatementWithVersions } from "./read";
import { createStatement } from "./versions";

/** Record: validates the form's (or the JSON API's) values and writes version 1 with its audit entry. */
export function recordStatement(db: Db, values: FormValues, actor: string): StatementWithVersions {
  const form = parseStatementForm(values);
  if (!form.ok) throw new ValidationError(form.fieldErrors as Record<string, string[]>, form.formErrors);
  return createStatement(db, form.data, actor);
}
