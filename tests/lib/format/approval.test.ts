import { describe, expect, it } from "vitest";
import { approvalLabel } from "@/lib/format/approval";

describe("approvalLabel", () => {
  it("names the approver and the instant to the minute in UTC", () => {
    expect(approvalLabel("Editor 2", "2026-12-01T14:03:59.999Z")).toBe("approved by Editor 2, 1 Dec 2026 14:03 UTC");
    // An instant given with an offset is said in UTC (the day can change).
    expect(approvalLabel("Editor 10", "2026-01-01T00:30:00+02:00")).toBe("approved by Editor 10, 31 Dec 2025 22:30 UTC");
  });
});
