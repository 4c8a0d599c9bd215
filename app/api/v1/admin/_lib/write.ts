/**
 * The frame of every write route: session first (401/403 as JSON, nothing read or written),
 * then a bounded JSON body, then the data layer's typed errors as 400/404/409. Field names and
 * rules are the forms' (and the CSV's).
 */
import "server-only";
import { afterWrite as afterAnyWrite, jsonError, toHttpResponse } from "@/app/_lib/write-verb";
import { editorForRequest, type Editor } from "@/lib/auth-session";
import type { Role } from "@/lib/validation/account";
import type { FormValues } from "@/lib/validation/form-values";
import { bodyLimitFor, declaredOver, readCapped, tooLargeMessage, type BodyLimit } from "@/lib/http/body-limits";
import { decodeUtf8, invalidUtf8InJson } from "@/lib/http/utf8";

export { jsonError };

/** Runs `body` for a signed-in editor (or admin), mapping typed errors to statuses. */
export async function withEditor(request: Request, body: (editor: Editor) => Promise<Response> | Response, role: Role = "editor"): Promise<Response> {
  const who = await editorForRequest(request, role);
  if (who.error) return who.error;
  try {
    return await body(who.editor);
  } catch (err) {
    return toHttpResponse(err);
  }
}

/**
 * The raw body, whole, if it is within `limit` (this route's: lib/http/body-limits.ts), else the 413.
 * Content-Length is checked first; the bytes that actually arrive are counted too (chunked bodies
 * have no length, and a declared one may lie), so nothing over the limit is ever parsed.
 */
export async function readBodyBytes(request: Request, limit: BodyLimit): Promise<{ bytes: Uint8Array } | { error: Response }> {
  const tooLarge = () => ({ error: jsonError(413, tooLargeMessage(limit), { limitBytes: limit.bytes }) });
  if (declaredOver(request.headers.get("content-length"), limit.bytes)) return tooLarge();
  const read = await readCapped(request.body, limit.bytes);
  return read.ok ? { bytes: read.bytes } : tooLarge();
}

/** A JSON object body as form values (strings, or lists of strings), or the 4xx to answer. */
export async function readJsonValues(request: Request): Promise<{ values: FormValues } | { error: Response }> {
  if (!(request.headers.get("content-type") ?? "").toLowerCase().startsWith("application/json")) {
    return { error: jsonError(415, "Send a JSON object with Content-Type: application/json.") };
  }
  const raw = await readBodyBytes(request, bodyLimitFor(new URL(request.url).pathname));
  if ("error" in raw) return raw;
  // Strict: invalid bytes are refused where they are, never stored as U+FFFD.
  const text = decodeUtf8(raw.bytes);
  if (text === null) {
    const where = invalidUtf8InJson(raw.bytes);
    if (where && "field" in where) return { error: invalid({ [where.field]: ["is not valid UTF-8"] }, [`${where.field}: not valid UTF-8.`]) };
    if (where) return { error: jsonError(400, `A field name (${JSON.stringify(where.fieldName)}) is not valid UTF-8.`) };
    return { error: jsonError(400, "The body is not valid UTF-8.") };
  }
  let body: unknown;
  try {
    body = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return { error: jsonError(400, "The body is not valid JSON.") };
  }
  if (body === null || typeof body !== "object" || Array.isArray(body)) return { error: jsonError(400, "The body must be a JSON object.") };
  const values: FormValues = {};
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    if (value === null || value === undefined) values[key] = "";
    else if (typeof value === "string") values[key] = value;
    else if (typeof value === "number" && Number.isFinite(value)) values[key] = String(value);
    else if (Array.isArray(value) && value.every((v) => typeof v === "string")) values[key] = value as string[];
    else return { error: jsonError(400, `${key}: expected a string, a number or a list of strings`) };
  }
  return { values };
}

/** 400 with each field's errors, as the forms show them. */
export function invalid(fieldErrors: Record<string, string[] | undefined>, formErrors: string[] = []): Response {
  return jsonError(400, ["Invalid input.", ...formErrors].join(" "), { fieldErrors });
}

/** A positive integer path id, or null. */
export function pathId(id: string): number | null {
  return /^[1-9]\d{0,12}$/.test(id) ? Number(id) : null;
}

/** After a write: every public view shows it at once. */
export function afterWrite(): void {
  afterAnyWrite("route");
}
