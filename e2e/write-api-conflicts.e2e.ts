/**
 * Optimistic concurrency through the write API, as a signed-in editor: an edit or a retraction
 * sent from a version that is no longer current is refused with 409 and the current version (so
 * the client can show what changed), and writes nothing; sent from the current version, it goes
 * through. The database is put back as it was afterwards.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { EDITOR, dataChecksum, readDb } from "./support/admin";
import { apiSignIn, apiWrite } from "../scripts/support/api-session";
import { e2eContext } from "./support/context";
import { writesWithEditorAccount } from "./support/db-snapshot";

const VALID = {
  country: "LVA",
  stated_on: "2025-09-21",
  stance: "naval",
  contributions: ["naval"],
  quote: "Version one.",
  quote_language: "en",
  confidence: "medium",
  source_title: "Write API conflict test",
  source_url: "https://example.org/write-api-conflicts",
};

type Current = { id: number; version: number; status: string; quote: string | null; recordedBy: string };

let cookie: string;
const send = (method: string, path: string, body: unknown) => apiWrite(e2eContext().baseURL, cookie, method, path, body);

writesWithEditorAccount();
beforeAll(async () => {
  cookie = await apiSignIn(e2eContext().baseURL, EDITOR);
}, 60_000);

/** A new statement edited once through the API: version 2 is current, version 1 is stale. */
async function editedOnce(quote: string): Promise<number> {
  const created = await send("POST", "/api/v1/admin/statements", { ...VALID, quote: `${quote} (v1)` });
  expect(created.status, await created.clone().text()).toBe(201);
  const { current } = (await created.json()) as { current: Current };
  const edited = await send("PATCH", `/api/v1/admin/statements/${current.id}`, { ...VALID, quote: `${quote} (v2)`, baseVersion: 1 });
  expect(edited.status, await edited.clone().text()).toBe(200);
  expect(((await edited.json()) as { current: Current }).current.version).toBe(2);
  return current.id;
}

/** The body of a 409: an error naming the conflict, and the version that is current now. */
async function conflictOf(res: Response): Promise<{ error: string; current: Current }> {
  expect(res.status, await res.clone().text()).toBe(409);
  expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  return (await res.json()) as { error: string; current: Current };
}

describe("writes from a stale version through the write API", () => {
  it("POST /api/v1/admin/statements/{id}/retract from a stale baseVersion: 409 with the current version, nothing retracted", async () => {
    const id = await editedOnce("Retract conflict");
    const before = await dataChecksum();
    const conflict = await conflictOf(await send("POST", `/api/v1/admin/statements/${id}/retract`, { reason: "misattributed", baseVersion: 1 }));
    expect(conflict.error).toMatch(/version 2\b.*after you opened version 1/);
    // The author of version 2 is the editor, shown by its public name (never the email).
    const shownAs = readDb((db) => (db.prepare("select display_name as n from users where email = ?").get(EDITOR.email) as { n: string }).n);
    expect(conflict.current).toMatchObject({ id, version: 2, status: "published", quote: "Retract conflict (v2)", recordedBy: shownAs });
    expect(await dataChecksum()).toBe(before);

    // From the current version it goes through.
    const retracted = await send("POST", `/api/v1/admin/statements/${id}/retract`, { reason: "misattributed", baseVersion: 2 });
    expect(retracted.status, await retracted.clone().text()).toBe(200);
    expect(((await retracted.json()) as { current: Current }).current).toMatchObject({ id, version: 3, status: "retracted" });
  });

  it("PATCH /api/v1/admin/statements/{id} from a stale baseVersion: 409 with the current version, nothing overwritten", async () => {
    const id = await editedOnce("Edit conflict");
    const before = await dataChecksum();
    const conflict = await conflictOf(await send("PATCH", `/api/v1/admin/statements/${id}`, { ...VALID, quote: "Lost edit", baseVersion: 1 }));
    expect(conflict.current).toMatchObject({ id, version: 2, status: "published", quote: "Edit conflict (v2)" });
    expect(await dataChecksum()).toBe(before);
  });
});
