"use server";
/**
 * "Suggest a correction" on the statement and country pages: the app's one write without a session.
 * What guards it, in order:
 *
 * - proxy.ts: a POST to a page must come from this site (Origin, else Referer; request-guards.ts),
 *   and its whole body is limited (CORRECTION_POST_MAX_BYTES for these pages, body-limits.ts)
 *   before anything parses it; Next checks the Origin again for every server action.
 * - here: the spam trap, the field rules (db/corrections/validation.ts) and the per-client limit,
 *   keyed on the address the peer rule resolves (lib/http/client-address.ts: forwarding headers
 *   count only from AUTH_TRUSTED_PROXIES), all inside db/corrections' one transaction.
 *
 * Nothing public changes (no revalidation): the suggestion waits in the editors' queue.
 */
import { headers } from "next/headers";
import { databasePath, getDb } from "@/db/client";
import { resolveAuthSecret, resolveTrustedProxies } from "@/db/accounts/auth-env";
import { correctionClientKey, RateLimitedError, submitCorrection } from "@/db/corrections";
import { refused, toFormState } from "@/app/_lib/write-verb";
import type { FormState } from "@/lib/form-state";
import { clientAddressOfHeaders } from "@/lib/http/client-address";
import { CORRECTION_THANKS } from "@/db/corrections/validation";
import { formValues } from "@/lib/validation/form-values";


export async function suggestCorrectionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  // Anyone can call an action with any arguments (a script-driven call decodes what it is sent): no form, nothing to do.
  if (!(formData instanceof FormData)) return refused("Nothing was sent: the form was empty.", {});
  const values = formValues(formData);
  const address = clientAddressOfHeaders(await headers(), resolveTrustedProxies());
  const clientKey = correctionClientKey(address, resolveAuthSecret(databasePath()));
  try {
    submitCorrection(getDb(), values, { clientKey });
  } catch (err) {
    if (err instanceof RateLimitedError) return refused(`Nothing was sent: ${err.message}`, values);
    // A reader is told what happened to their message, marked fields included ("Nothing was sent: please correct…").
    return toFormState(err, values, { nothing: "Nothing was sent" });
  }
  // A filled spam trap lands here too, told the same: a bot learns nothing from the answer.
  return { status: "success", message: CORRECTION_THANKS };
}
