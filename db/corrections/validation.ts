/**
 * The public "Suggest a correction" form: the only write a signed-out visitor can make, so every
 * field is bounded and checked here (the same rules for the server action and any other door).
 */
import { z } from "zod";
import { optionalHttpUrl, requiredText } from "@/lib/validation/fields";
import { single, type FormValues } from "@/lib/validation/form-values";

/** What a reader is told after sending a suggestion (and after a filled spam trap: the same). */
export const CORRECTION_THANKS = "Thank you, an editor will review it.";

/** The longest explanation a reader may send (characters). */
export const CORRECTION_BODY_MAX = 2000;
/** The shortest one that can say what is wrong. */
export const CORRECTION_BODY_MIN = 10;
/** An editor's reason for dismissing a suggestion. */
export const DISMISS_REASON_MAX = 500;

/**
 * The hidden spam-trap field: invisible and skipped by keyboard, so a person leaves it empty; a
 * form-filling bot fills it. A filled trap is answered like a success and stored nowhere.
 */
export const HONEYPOT_FIELD = "url_check";

export const CORRECTION_FORM_FIELDS = ["statement_id", "country", "body", "source_url", "email"] as const;

const emailOrEmpty = z
  .string()
  .trim()
  .max(254, "email is too long (max 254 characters)")
  .transform((s, ctx) => {
    if (s === "") return null;
    const parsed = z.email().safeParse(s);
    if (!parsed.success) {
      ctx.addIssue({ code: "custom", message: "email is not an e-mail address (leave it empty to stay anonymous)" });
      return z.NEVER;
    }
    return s.toLowerCase();
  });

export const correctionFormSchema = z
  .object({
    statement_id: z.string().trim(),
    country: z.string().trim(),
    body: requiredText("what is wrong", CORRECTION_BODY_MAX).refine((s) => [...s].length >= CORRECTION_BODY_MIN, `what is wrong needs at least ${CORRECTION_BODY_MIN} characters`),
    source_url: optionalHttpUrl("source URL").refine((u) => u !== null, "source URL is required (an http(s) address that shows the correct information)"),
    email: emailOrEmpty,
  })
  .transform((r, ctx) => {
    const statementId = /^[1-9]\d{0,15}$/.test(r.statement_id) ? Number(r.statement_id) : null;
    const countryIso3 = /^[A-Z]{3}$/.test(r.country) ? r.country : null;
    // The target comes from the page's own hidden field: exactly one of the two.
    if ((statementId === null) === (countryIso3 === null) || (statementId !== null && !Number.isSafeInteger(statementId))) {
      ctx.addIssue({ code: "custom", message: "the suggestion must name one statement or one country", path: ["target"] });
      return z.NEVER;
    }
    return { statementId, countryIso3, body: r.body, sourceUrl: r.source_url as string, email: r.email };
  });

export type CorrectionInput = z.output<typeof correctionFormSchema>;

/** Every field of the form as a string (absent -> ""), ready for correctionFormSchema. */
export function fillCorrectionValues(values: FormValues): Record<(typeof CORRECTION_FORM_FIELDS)[number], string> {
  return Object.fromEntries(CORRECTION_FORM_FIELDS.map((f) => [f, single(values, f)])) as Record<(typeof CORRECTION_FORM_FIELDS)[number], string>;
}

/** Whether the spam trap was filled. */
export function honeypotFilled(values: FormValues): boolean {
  return single(values, HONEYPOT_FIELD) !== "";
}

export const dismissSchema = z.object({
  reason: requiredText("reason", DISMISS_REASON_MAX),
});

