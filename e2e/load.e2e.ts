/**
 * The load benchmark in short (LOAD_DURATION_S, default 10 s) against the e2e server: 50
 * concurrent readers on the home page and the read API while a signed-in editor saves every second
 * through the write API; no
 * request may fail and every save must be visible afterwards. The full 60 s run is
 * `npm run bench:load` (README, "Load"). The database is put back as it was afterwards.
 */
import { describe, expect, it } from "vitest";
import { formatReport, runLoad } from "../scripts/support/load-run";
import { EDITOR } from "./support/admin";
import { e2eContext } from "./support/context";
import { writesWithEditorAccount } from "./support/db-snapshot";

const DURATION_S = Number(process.env.LOAD_DURATION_S ?? 10);

writesWithEditorAccount();

describe("under load with concurrent saves", () => {
  it(`serves ${DURATION_S} s of 50 concurrent readers with no error, and every save is visible`, { timeout: (DURATION_S + 90) * 1000 }, async () => {
    // The editor saves through the write API, signed in: the real path, revalidation included.
    const report = await runLoad({ baseURL: e2eContext().baseURL, editor: EDITOR, durationS: DURATION_S, connections: 50 });
    console.log(formatReport(report));
    expect(report.errors).toEqual({ nonSuccess: 0, connection: 0, timeouts: 0 });
    expect(report.saves.failed).toEqual([]);
    expect(report.saves.missing).toEqual([]);
    expect(report.saves.count).toBeGreaterThanOrEqual(DURATION_S);
    expect(report.requests).toBeGreaterThan(DURATION_S * 10);
    expect(report.ok).toBe(true);
  });
});
