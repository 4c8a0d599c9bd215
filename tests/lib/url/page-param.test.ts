import { describe, expect, it } from "vitest";
import { choosePage } from "@/lib/url/page-param";

describe("choosePage", () => {
  it("gives the page's offset within the list, page 1 by default", () => {
    expect(choosePage(undefined, 45, 20)).toEqual({ page: 1, pageCount: 3, offset: 0, notice: null });
    expect(choosePage("2", 45, 20)).toEqual({ page: 2, pageCount: 3, offset: 20, notice: null });
    expect(choosePage("3", 45, 20)).toEqual({ page: 3, pageCount: 3, offset: 40, notice: null });
    expect(choosePage("1", 0, 20)).toEqual({ page: 1, pageCount: 1, offset: 0, notice: null });
  });

  it("ignores every other shape with a notice naming the value, and shows page 1", () => {
    for (const raw of ["0", "-1", "1.5", "2e1", " 2", "0x2", "", "abc", "02", "99999999999", "4"]) {
      const choice = choosePage(raw, 45, 20);
      expect(choice, raw).toMatchObject({ page: 1, offset: 0 });
      expect(choice.notice, raw).toContain(`page="${raw}"`);
    }
    expect(choosePage(["1", "2"], 45, 20)).toMatchObject({ page: 1, offset: 0, notice: expect.stringContaining("2 times") });
  });
});
