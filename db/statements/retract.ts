import "server-only";
import { z } from "zod";
import type { Db } from "../client";
import { NotFoundError, ValidationError } from "../errors";
import type { FormValues } from "@/lib/validation/form-values";
import { baseVersionField } from "../sources/validation";
import { validStatementId } from "./edit";
import { retractionSchema } from "./form";
import type { StatementWithVersions } from "./read";
import { assertCurrentBase, retractStatement } from "./versions";
import { saveDraft, type Saved } from "../review/drafts";
import { reviewRequired } from "../review/setting";

const schema = retractionSchema.extend({ baseVersion: baseVersionField });

/** Retract: a new version with status "retracted" and the required reason; never a deletion (under review, a draft of it). */
export function retractStatementFromValues(db: Db, statementId: number, values: FormValues, actor: string): Saved<StatementWithVersions> {
  const parsed = schema.safeParse({ reason: "", baseVersion: "", ...values });
  if (!parsed.success) {
    const flat = z.flattenError(parsed.error);
    throw new ValidationError(flat.fieldErrors as Record<string, string[]>, flat.formErrors);
  }
  if (!validStatementId(statementId)) throw new NotFoundError("no such statement");
  if (reviewRequired()) {
    const current = assertCurrentBase(db, statementId, parsed.data.baseVersion);
    const payload = { reason: parsed.data.reason };
    return saveDraft(db, { kind: "retract", statementId, baseVersion: parsed.data.baseVersion, countryIso3: current.countryIso3, payload, author: actor });
  }
  return retractStatement(db, statementId, parsed.data.baseVersion, parsed.data.reason, actor);
}
