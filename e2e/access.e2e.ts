/**
 * Signed-out writes change nothing. Every route of the build (from Next's manifest, so new ones
 * are covered automatically) is sent every non-GET method with a form body and a JSON body, and
 * every server action of the build is invoked as a browser would invoke it; afterwards the
 * database holds exactly what it held before (row counts of every table, the newest audit entry,
 * and the checksum of the public CSV export).
 *
 * Route handlers must refuse (401, 403 or 405). Pages refuse with 405 (proxy.ts) everything but
 * GET, HEAD and a POST that is a server action: a form body (how a form posts without JavaScript)
 * or a Next-Action header. Such a POST without a valid action id only renders the page, and with
 * a valid one the action itself must refuse a signed-out caller: what counts is that nothing changed.
 */
import crypto from "node:crypto";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { e2eContext, urlFor } from "./support/context";
import { MIN_BUILT_ROUTES, MIN_SERVER_ACTIONS, builtRoutes, builtServerActions, fillRoute, seedValue } from "./support/routes";

const METHODS = ["POST", "PUT", "PATCH", "DELETE"] as const;
const REFUSED = [401, 403, 405];

/** Everything a write could change, read straight from the database file and the public export. */
async function fingerprint(): Promise<Record<string, unknown>> {
  const db = new Database(e2eContext().databasePath, { readonly: true });
  try {
    const tables = db.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name").all() as { name: string }[];
    const counts = Object.fromEntries(tables.map(({ name }) => [name, (db.prepare(`select count(*) as n from "${name}"`).get() as { n: number }).n]));
    const lastAudit = db.prepare("select max(id) as id from audit_log").get();
    const open = db.prepare("select count(*) as n from statements where superseded_at is null").get();
    const csv = await (await fetch(urlFor("/api/v1/export.csv"))).text();
    return { counts, lastAudit, open, export: crypto.createHash("sha256").update(csv).digest("hex") };
  } finally {
    db.close();
  }
}

function multipart(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  return form;
}

/** The same write attempt in the body shapes a client could use. */
function bodies(): { label: string; init: RequestInit }[] {
  const fields = { country: "FRA", stated_on: "2025-09-04", stance: "refusal", quote: "forged", source_title: "forged", id: "1", baseVersion: "1", reason: "forged" };
  return [
    { label: "form", init: { body: new URLSearchParams(fields), headers: { "content-type": "application/x-www-form-urlencoded" } } },
    { label: "json", init: { body: JSON.stringify(fields), headers: { "content-type": "application/json" } } },
    { label: "csv", init: { body: "country,stated_on,stance,source_title\nFRA,2025-09-04,refusal,forged\n", headers: { "content-type": "text/csv" } } },
    // multipart/form-data, as a form submits to a server action (fetch sets the boundary).
    { label: "multipart", init: { body: multipart(fields), headers: {} } },
  ];
}

describe("signed-out writes change nothing", () => {
  const routes = builtRoutes();

  it("every route refuses or ignores every non-GET method", { timeout: 180_000 }, async () => {
    expect(routes.length).toBeGreaterThanOrEqual(MIN_BUILT_ROUTES);
    const before = await fingerprint();
    const unexpected: string[] = [];
    for (const route of routes) {
      const url = urlFor(fillRoute(route, seedValue));
      for (const method of METHODS) {
        for (const { label, init } of bodies()) {
          const res = await fetch(url, { ...init, method, redirect: "manual", signal: AbortSignal.timeout(20_000) });
          await res.arrayBuffer();
          // Only a form POST to a page can reach the page (as a would-be server action). Handlers
          // refuse with 401/403/405, or 404 where the path names nothing (better-auth's catch-all).
          const formPostToPage = route.kind === "page" && method === "POST" && (label === "form" || label === "multipart");
          const refused = REFUSED.includes(res.status) || (route.params.length > 0 && res.status === 404);
          const ok = formPostToPage ? res.status < 500 : refused;
          if (!ok) unexpected.push(`${method} ${route.path} (${label}): ${res.status}`);
        }
      }
    }
    expect(unexpected).toEqual([]);
    expect(await fingerprint()).toEqual(before);
  });

  it("every server action, invoked without a valid session, writes nothing", { timeout: 180_000 }, async () => {
    const actions = builtServerActions();
    // The editors' forms are server actions: a build in which none were found would test nothing.
    expect(actions.length).toBeGreaterThanOrEqual(MIN_SERVER_ACTIONS);
    expect(actions.every((a) => a.pages.length > 0)).toBe(true);
    const before = await fingerprint();
    const failures: string[] = [];
    let calls = 0;
    // A made-up id stands for actions the manifest does not know: Next must refuse it too.
    for (const { id, pages } of [...actions, { id: "0".repeat(42), pages: ["/"] }]) {
      for (const page of pages.length ? pages : ["/"]) {
        const url = urlFor(page.replace(/\[[^\]]+\]/g, "1"));
        // With no cookie (proxy.ts answers for admin pages) and with a forged one (the action's own
        // requireEditor must answer): as the page's JavaScript calls it, and as a form without JavaScript.
        for (const cookie of [undefined, "better-auth.session_token=forged-token.forged-signature"]) {
          const form = multipart({ country: "FRA", stated_on: "2025-09-04", stance: "refusal", source_title: "forged", email: "x@example.org", password: "forged password" });
          form.append(`$ACTION_ID_${id}`, "");
          const calls_: { label: string; init: RequestInit }[] = [
            { label: "script", init: { body: JSON.stringify([{}, {}]), headers: { "content-type": "text/plain;charset=UTF-8", "next-action": id, accept: "text/x-component" } } },
            { label: "no-script form", init: { body: form, headers: {} } },
          ];
          for (const { label, init } of calls_) {
            const headers = { ...(init.headers as Record<string, string>), ...(cookie ? { cookie } : {}) };
            const res = await fetch(url, { ...init, method: "POST", headers, redirect: "manual", signal: AbortSignal.timeout(20_000) });
            await res.arrayBuffer();
            calls += 1;
            if (res.status >= 500) failures.push(`${id.slice(0, 8)} on ${page} (${label}, ${cookie ? "forged cookie" : "no cookie"}): ${res.status}`);
          }
        }
      }
    }
    expect(calls).toBeGreaterThan(actions.length);
    expect(failures).toEqual([]);
    expect(await fingerprint()).toEqual(before);
  });
});
