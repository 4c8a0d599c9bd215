import { describe, expect, it } from "vitest";
import { coalitionDescription, countsPhrase } from "@/lib/timeline/coalition-summary";
import { STANCE_CATEGORIES } from "@/db/seed/categories";

describe("coalition summaries", () => {
  it("names the non-empty categories in rank order", () => {
    expect(countsPhrase({ refusal: 1, troops: 5 }, STANCE_CATEGORIES)).toBe("5 ground troops, 1 refusal");
    expect(countsPhrase({}, STANCE_CATEGORIES)).toBe("none");
  });

  it("names the date, the number of countries and the counts", () => {
    expect(coalitionDescription("2026-01-07", { troops: 5, refusal: 1 }, STANCE_CATEGORIES, null)).toBe(
      "On 7 January 2026, 6 countries had a stated position: 5 ground troops, 1 refusal.",
    );
    expect(coalitionDescription("2025-01-01", {}, STANCE_CATEGORIES, Date.UTC(2026, 0, 7))).toBe(
      "No country had a stated position on 1 January 2025. Data as known at 2026-01-07T00:00:00.000Z.",
    );
  });
});
