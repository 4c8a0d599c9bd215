import { describe, expect, it } from "vitest";
import { compareFacts, stancesAsOf } from "@/lib/timeline/stance-as-of";
import { f } from "../helpers";

function stances(map: ReturnType<typeof stancesAsOf>) {
  return Object.fromEntries([...map].map(([k, v]) => [k, `${v.stance}#${v.statement.statementId}`]));
}

describe("stancesAsOf", () => {
  it("is empty for no facts", () => {
    expect(stancesAsOf([], "2025-01-01").size).toBe(0);
  });

  it("takes the latest statement on or before the date, per country", () => {
    const facts = [
      f(1, "FRA", "2025-02-01", "undecided"),
      f(2, "FRA", "2025-03-01", "troops"),
      f(3, "DEU", "2025-02-15", "refusal"),
      f(4, "FRA", "2025-04-01", "support_only"),
    ];
    expect(stances(stancesAsOf(facts, "2025-01-31"))).toEqual({});
    expect(stances(stancesAsOf(facts, "2025-02-01"))).toEqual({ FRA: "undecided#1" });
    expect(stances(stancesAsOf(facts, "2025-03-01"))).toEqual({ FRA: "troops#2", DEU: "refusal#3" });
    expect(stances(stancesAsOf(facts, "2025-03-31"))).toEqual({ FRA: "troops#2", DEU: "refusal#3" });
    expect(stances(stancesAsOf(facts, "2030-01-01"))).toEqual({ FRA: "support_only#4", DEU: "refusal#3" });
  });

  it("breaks same-day ties by the larger statementId, whatever the input order", () => {
    const a = f(7, "GBR", "2025-03-02", "troops");
    const b = f(9, "GBR", "2025-03-02", "naval");
    const c = f(8, "GBR", "2025-03-02", "refusal");
    expect(stancesAsOf([a, b, c], "2025-03-02").get("GBR")?.statement).toBe(b);
    expect(stancesAsOf([b, c, a], "2025-03-02").get("GBR")?.statement).toBe(b);
  });

  it("lets a later date win over a larger id on an earlier date", () => {
    const facts = [f(50, "ITA", "2025-01-10", "troops"), f(2, "ITA", "2025-02-10", "refusal")];
    expect(stancesAsOf(facts, "2025-03-01").get("ITA")?.stance).toBe("refusal");
  });

  it("ignores retracted facts entirely: an earlier statement shows through", () => {
    const facts = [f(1, "POL", "2025-01-01", "training_only"), f(2, "POL", "2025-02-01", "troops", true)];
    expect(stances(stancesAsOf(facts, "2025-03-01"))).toEqual({ POL: "training_only#1" });
    expect(stancesAsOf([f(3, "ESP", "2025-01-01", "troops", true)], "2025-03-01").has("ESP")).toBe(false);
  });

  it("treats a retracted same-day statement as absent", () => {
    const facts = [f(1, "NLD", "2025-05-05", "air_policing"), f(2, "NLD", "2025-05-05", "refusal", true)];
    expect(stancesAsOf(facts, "2025-05-05").get("NLD")?.stance).toBe("air_policing");
  });

  it("places month-precision statements on the month's first day", () => {
    const facts = [f(1, "SWE", "2025-06-01", "naval"), f(2, "SWE", "2025-06-15", "troops")];
    expect(stancesAsOf(facts, "2025-05-31").has("SWE")).toBe(false);
    expect(stancesAsOf(facts, "2025-06-01").get("SWE")?.stance).toBe("naval");
  });

  it("keeps the caller's fact type", () => {
    const facts = [{ ...f(1, "FIN", "2025-01-01", "naval"), quote: "ready" }];
    expect(stancesAsOf(facts, "2025-01-01").get("FIN")?.statement.quote).toBe("ready");
  });
});

describe("compareFacts", () => {
  it("orders by date, then id", () => {
    const sorted = [f(3, "X", "2025-01-02", "troops"), f(2, "X", "2025-01-01", "troops"), f(1, "X", "2025-01-02", "troops")].sort(compareFacts);
    expect(sorted.map((x) => x.statementId)).toEqual([2, 1, 3]);
  });
});
