/**
 * The correction queue's write verbs: a reader's suggestion (signed out, rate-limited) and an
 * editor's accept or dismiss (audited). A suggestion writes only to `correction_suggestions`, a
 * table no public view reads, so nothing a reader sees changes.
 */
import "server-only";
import { createHmac } from "node:crypto";
import { and, count, eq, gt } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../client";
import { InvalidInputError, NotFoundError, ValidationError } from "../errors";
import { recordAudit } from "../audit";
import { correctionSuggestions, countries, statements } from "../schema";
import { rateLimitSubject } from "@/lib/http/rate-limit-subject";
import type { FormValues } from "@/lib/validation/form-values";
import { correctionFormSchema, dismissSchema, fillCorrectionValues, honeypotFilled } from "./validation";
import { getCorrection, type CorrectionDto } from "./read";

/** At most this many suggestions per client (an IPv4 address or an IPv6 /64) per window. */
export const CORRECTION_LIMIT = { max: 5, windowMs: 10 * 60 * 1000 } as const;
/**
 * And at most this many from everyone together per window: a flood from many addresses (a botnet)
 * fills the queue up to here and no further, while the editors catch up.
 */
export const CORRECTION_GLOBAL_LIMIT = { max: 200, windowMs: 60 * 60 * 1000 } as const;

/** A suggestion refused because its client (or everyone) has sent too many lately. */
export class RateLimitedError extends Error {
  override name = "RateLimitedError";
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}

/**
 * The stored key of a client: an HMAC of its rate-limit subject (lib/http/rate-limit-subject.ts) under
 * the server's secret, so the queue holds no address and two databases' keys cannot be compared.
 */
export function correctionClientKey(clientAddress: string | null, secret: string): string {
  return createHmac("sha256", secret).update(`correction:${rateLimitSubject(clientAddress)}`).digest("base64url");
}

export type SubmitResult = { stored: true; id: number } | { stored: false };

function fieldErrorsOf(error: z.ZodError): { fieldErrors: Record<string, string[]>; formErrors: string[] } {
  const flat = z.flattenError(error);
  const fieldErrors = flat.fieldErrors as Record<string, string[]>;
  const { target, ...rest } = fieldErrors;
  return { fieldErrors: rest, formErrors: [...flat.formErrors, ...(target ?? [])] };
}

/**
 * Stores a reader's suggestion. A filled spam trap returns `{stored: false}` (the caller answers it
 * like a success). Bad input: ValidationError; too many: RateLimitedError. The count and the insert
 * run in one immediate transaction, so concurrent posts of one client cannot both slip under the limit.
 */
export function submitCorrection(db: Db, values: FormValues, { clientKey, now = Date.now() }: { clientKey: string; now?: number }): SubmitResult {
  if (honeypotFilled(values)) return { stored: false };
  const parsed = correctionFormSchema.safeParse(fillCorrectionValues(values));
  if (!parsed.success) {
    const { fieldErrors, formErrors } = fieldErrorsOf(parsed.error);
    throw new ValidationError(fieldErrors, formErrors);
  }
  const input = parsed.data;
  return db.$client
    .transaction(() => {
      if (input.statementId !== null && !db.select({ id: statements.id }).from(statements).where(eq(statements.statementId, input.statementId)).limit(1).get()) {
        throw new InvalidInputError(`there is no statement #${input.statementId}`);
      }
      if (input.countryIso3 !== null && !db.select({ iso3: countries.iso3 }).from(countries).where(eq(countries.iso3, input.countryIso3)).get()) {
        throw new InvalidInputError(`there is no country ${input.countryIso3}`);
      }
      const mine = db
        .select({ n: count() })
        .from(correctionSuggestions)
        .where(and(eq(correctionSuggestions.clientKey, clientKey), gt(correctionSuggestions.createdAt, now - CORRECTION_LIMIT.windowMs)))
        .get()!.n;
      if (mine >= CORRECTION_LIMIT.max) {
        throw new RateLimitedError(
          `You have sent ${CORRECTION_LIMIT.max} suggestions in the last ${CORRECTION_LIMIT.windowMs / 60000} minutes; please wait a few minutes before sending another.`,
          CORRECTION_LIMIT.windowMs / 1000,
        );
      }
      const everyone = db.select({ n: count() }).from(correctionSuggestions).where(gt(correctionSuggestions.createdAt, now - CORRECTION_GLOBAL_LIMIT.windowMs)).get()!.n;
      if (everyone >= CORRECTION_GLOBAL_LIMIT.max) {
        throw new RateLimitedError("The editors have received many suggestions in the last hour; please try again later.", CORRECTION_GLOBAL_LIMIT.windowMs / 1000);
      }
      const row = db
        .insert(correctionSuggestions)
        .values({ statementId: input.statementId, countryIso3: input.countryIso3, body: input.body, sourceUrl: input.sourceUrl, email: input.email, clientKey, createdAt: now })
        .returning({ id: correctionSuggestions.id })
        .get();
      return { stored: true as const, id: row.id };
    })
    .immediate();
}

function openSuggestion(db: Db, id: number): CorrectionDto {
  const c = getCorrection(db, id);
  if (!c) throw new NotFoundError(`there is no suggestion #${id}`);
  if (c.status !== "open") throw new InvalidInputError(`suggestion #${id} was already ${c.status}${c.handledBy ? ` by ${c.handledBy}` : ""}`);
  return c;
}

/**
 * Accepts a suggestion: marked accepted at once (the editor is then sent to the prefilled edit form;
 * whether they save it is the statement's own audited edit). Audited.
 */
export function acceptCorrection(db: Db, id: number, actor: string): CorrectionDto {
  return db.$client
    .transaction(() => {
      const before = openSuggestion(db, id);
      db.update(correctionSuggestions).set({ status: "accepted", handledBy: actor, handledAt: Date.now() }).where(eq(correctionSuggestions.id, id)).run();
      const after = getCorrection(db, id)!;
      recordAudit(db, { actor, action: "accept", entity: "correction", entityId: id, countryIso3: before.countryIso3, before: auditView(before), after: auditView(after) });
      return after;
    })
    .immediate();
}

/** Dismisses a suggestion with the editor's reason (required). Audited. */
export function dismissCorrection(db: Db, id: number, values: FormValues, actor: string): CorrectionDto {
  const parsed = dismissSchema.safeParse({ reason: typeof values.reason === "string" ? values.reason : "" });
  if (!parsed.success) throw new ValidationError(z.flattenError(parsed.error).fieldErrors as Record<string, string[]>);
  return db.$client
    .transaction(() => {
      const before = openSuggestion(db, id);
      db.update(correctionSuggestions)
        .set({ status: "dismissed", handledBy: actor, handledAt: Date.now(), reason: parsed.data.reason })
        .where(eq(correctionSuggestions.id, id))
        .run();
      const after = getCorrection(db, id)!;
      recordAudit(db, { actor, action: "dismiss", entity: "correction", entityId: id, countryIso3: before.countryIso3, before: auditView(before), after: auditView(after) });
      return after;
    })
    .immediate();
}

/** What the audit log keeps of a suggestion: its state, not the reader's e-mail (the log is for editors too, but needs no more). */
function auditView(c: CorrectionDto) {
  return { statementId: c.statementId, countryIso3: c.countryIso3, status: c.status, reason: c.reason, sourceUrl: c.sourceUrl };
}
