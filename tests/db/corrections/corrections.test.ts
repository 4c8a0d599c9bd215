/**
 * The public correction form's verb against a real migrated database: validation, the spam trap,
 * the per-client limit (many clients, IPv6 rotation, spoofed forwarding headers: the peer rule and
 * the /64 decide), the global cap, and the editors' accept and dismiss with their audit entries.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readDataRevision } from "@/db/data-revision";
import { InvalidInputError, ValidationError } from "@/db/errors";
import {
  acceptCorrection,
  CORRECTION_GLOBAL_LIMIT,
  CORRECTION_LIMIT,
  correctionClientKey,
  dismissCorrection,
  getCorrection,
  listCorrections,
  RateLimitedError,
  submitCorrection,
} from "@/db/corrections";
import { clientAddressOfHeaders, parseTrustedProxies } from "@/lib/http/client-address";
import { createTestDb, type TestDb } from "../../support/test-db";

const SECRET = "a test secret of more than thirty-two characters";
let t: TestDb;
let statementId: number;

beforeEach(() => {
  t = createTestDb("full");
  statementId = (t.db.$client.prepare("select min(statement_id) as id from statements").get() as { id: number }).id;
});
afterEach(() => t.close());

const good = (extra: Record<string, string> = {}) => ({ statement_id: String(statementId), body: "The date is a day early.", source_url: "https://example.org/a", email: "", ...extra });
const rows = () => t.db.$client.prepare("select count(*) as n from correction_suggestions").get() as { n: number };
const submit = (values: Record<string, string>, clientKey = "k", now?: number) => submitCorrection(t.db, values, { clientKey, now });

function fieldErrors(values: Record<string, string>): Record<string, string[]> {
  try {
    submit(values);
  } catch (err) {
    expect(err).toBeInstanceOf(InvalidInputError);
    if (!(err instanceof ValidationError)) return { form: [(err as InvalidInputError).message] };
    return { ...err.fieldErrors, ...(err.formErrors.length ? { form: err.formErrors } : {}) };
  }
  throw new Error("accepted");
}

describe("a suggestion's fields", () => {
  it("stores a valid one (e-mail lower-cased) and does not move the public data revision", () => {
    const before = readDataRevision(t.db.$client);
    const r = submit(good({ email: "Reader@Example.ORG", body: "  The date is a day early.  " }));
    expect(r.stored).toBe(true);
    const c = getCorrection(t.db, (r as { id: number }).id)!;
    expect(c).toMatchObject({ statementId, countryIso3: null, body: "The date is a day early.", email: "reader@example.org", status: "open" });
    expect(readDataRevision(t.db.$client)).toEqual(before);
  });

  it.each([
    [{ body: "" }, "body"],
    [{ body: "too short" }, "body"],
    [{ body: "x".repeat(2001) }, "body"],
    [{ body: "Contains a control \u0007 character here" }, "body"],
    [{ source_url: "" }, "source_url"],
    [{ source_url: "javascript:alert(1)" }, "source_url"],
    [{ source_url: "ftp://example.org/x" }, "source_url"],
    [{ source_url: "data:text/html,hi" }, "source_url"],
    [{ source_url: `https://example.org/${"a".repeat(2000)}` }, "source_url"],
    [{ email: "not an address" }, "email"],
    [{ email: "a@b@c" }, "email"],
    [{ email: `${"a".repeat(250)}@example.org` }, "email"],
    [{ statement_id: "" }, "form"],
    [{ statement_id: "0" }, "form"],
    [{ statement_id: "1e3" }, "form"],
    [{ statement_id: "99999999" }, "form"],
    [{ country: "FRA" }, "form"],
  ])("refuses %o with an error on %s, writing nothing", (extra, field) => {
    expect(Object.keys(fieldErrors(good(extra)))).toContain(field);
    expect(rows().n).toBe(0);
  });

  it("takes a country instead of a statement; an unknown country is refused", () => {
    expect(submit({ country: "FRA", body: "France said more than this.", source_url: "https://example.org/f" }).stored).toBe(true);
    expect(Object.keys(fieldErrors({ country: "XXX", body: "Nowhere said anything.", source_url: "https://example.org/x" }))).toEqual(["form"]);
    expect(Object.keys(fieldErrors({ country: "fra", body: "France said more than this.", source_url: "https://example.org/f" }))).toEqual(["form"]);
  });

  it.each(["x", " ", "http://spam.example/", "0"])("answers a filled spam trap (%j) like a success and stores nothing, even with bad fields", (trap) => {
    expect(submit({ ...good(), url_check: trap })).toEqual({ stored: false });
    expect(submit({ body: "", url_check: trap })).toEqual({ stored: false });
    expect(rows().n).toBe(0);
  });
});

describe("the per-client limit", () => {
  it(`takes ${CORRECTION_LIMIT.max} per client per window, refuses the next, and each client has its own`, () => {
    const now = Date.now();
    for (let i = 0; i < CORRECTION_LIMIT.max; i++) submit(good(), "client-a", now + i);
    expect(() => submit(good(), "client-a", now + 10)).toThrow(RateLimitedError);
    for (const key of ["client-b", "client-c"]) expect(submit(good(), key, now + 11).stored).toBe(true);
    // Once the window has passed, the client may send again.
    expect(submit(good(), "client-a", now + CORRECTION_LIMIT.windowMs + 10).stored).toBe(true);
  });

  it("caps everyone together, so many addresses cannot fill the queue without end", () => {
    const now = Date.now();
    const insert = t.db.$client.prepare("insert into correction_suggestions (statement_id, body, source_url, client_key, created_at) values (?, 'x', 'https://e.org', ?, ?)");
    for (let i = 0; i < CORRECTION_GLOBAL_LIMIT.max; i++) insert.run(statementId, `bot-${i}`, now - 1000);
    expect(() => submit(good(), "a-fresh-client", now)).toThrow(/many suggestions in the last hour/);
  });

  it("keys on the address the peer rule resolves: spoofed forwarding headers from an untrusted peer change nothing", () => {
    const none = parseTrustedProxies("");
    const key = (h: Record<string, string>) => correctionClientKey(clientAddressOfHeaders(new Headers(h), none), SECRET);
    // What reaches Next: serve.ts has set X-Forwarded-For to the peer alone (the last entry).
    const base = key({ "x-forwarded-for": "198.51.100.7" });
    const spoofed: Record<string, string>[] = [
      { "x-forwarded-for": "203.0.113.1, 198.51.100.7" },
      { "x-forwarded-for": "198.51.100.7", "x-real-ip": "203.0.113.2" },
      { "x-forwarded-for": "198.51.100.7", forwarded: "for=203.0.113.3" },
      { "x-forwarded-for": "198.51.100.7", "cf-connecting-ip": "203.0.113.4", "true-client-ip": "203.0.113.5" },
      { "x-forwarded-for": "198.51.100.7", "x-tracker-client-address": "203.0.113.6" },
      { "x-forwarded-for": "::ffff:198.51.100.7" },
    ];
    for (const h of spoofed) expect(key(h), JSON.stringify(h)).toBe(base);
    expect(key({ "x-forwarded-for": "198.51.100.8" })).not.toBe(base);
    // Behind a trusted proxy, the right-most address it did not write itself decides.
    const trusted = parseTrustedProxies("10.0.0.0/8");
    const behind = (xff: string) => correctionClientKey(clientAddressOfHeaders(new Headers({ "x-forwarded-for": xff }), trusted), SECRET);
    expect(behind("203.0.113.9, 198.51.100.7, 10.0.0.2")).toBe(base);
    expect(behind("198.51.100.99, 198.51.100.7, 10.0.0.2")).toBe(base);
  });

  it("counts an IPv6 client by its /64, so rotating addresses inside it does not bypass the limit", () => {
    const keyOf = (a: string) => correctionClientKey(a, SECRET);
    const now = Date.now();
    for (let i = 0; i < CORRECTION_LIMIT.max; i++) submit(good(), keyOf(`2001:db8:1:2::${(i + 1).toString(16)}`), now + i);
    expect(() => submit(good(), keyOf("2001:db8:1:2:ffff:ffff:ffff:fffe"), now + 10)).toThrow(RateLimitedError);
    expect(() => submit(good(), keyOf("[2001:DB8:1:2:0:0:0:abc]:443"), now + 10)).toThrow(RateLimitedError);
    expect(submit(good(), keyOf("2001:db8:1:3::1"), now + 11).stored).toBe(true);
    // No address at all is one shared bucket, not a free pass.
    expect(keyOf("")).toBe(keyOf("garbage"));
  });
});

describe("the editors' decisions", () => {
  it("accepts or dismisses (a reason required) once, each with an audit entry", () => {
    const a = (submit(good()) as { id: number }).id;
    const d = (submit(good()) as { id: number }).id;
    expect(() => dismissCorrection(t.db, d, { reason: "  " }, "ed@example.org")).toThrow(ValidationError);
    expect(() => dismissCorrection(t.db, d, {}, "ed@example.org")).toThrow(ValidationError);
    expect(getCorrection(t.db, d)!.status).toBe("open");
    expect(dismissCorrection(t.db, d, { reason: "already cited" }, "ed@example.org")).toMatchObject({ status: "dismissed", reason: "already cited", handledBy: "ed@example.org" });
    expect(acceptCorrection(t.db, a, "ed@example.org")).toMatchObject({ status: "accepted", handledBy: "ed@example.org" });
    expect(() => acceptCorrection(t.db, a, "other@example.org")).toThrow(/already accepted/);
    expect(() => dismissCorrection(t.db, a, { reason: "x" }, "other@example.org")).toThrow(/already accepted/);
    const audit = t.db.$client.prepare("select action, entity, entity_id as id, actor from audit_log where entity = 'correction' order by audit_log.id").all();
    expect(audit).toEqual([
      { action: "dismiss", entity: "correction", id: String(d), actor: "ed@example.org" },
      { action: "accept", entity: "correction", id: String(a), actor: "ed@example.org" },
    ]);
    expect(listCorrections(t.db).map((c) => c.id)).toEqual([d, a]);
    expect(listCorrections(t.db, { status: "accepted" }).map((c) => c.id)).toEqual([a]);
  });
});
