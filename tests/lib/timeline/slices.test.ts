import { describe, expect, it } from "vitest";
import { runInSlices } from "@/lib/timeline/slices";

/** A clock that advances 1 ms every time it is read. */
const ticking = () => {
  let t = 0;
  return () => (t += 1);
};

function* counted(n: number, seen: number[]): Generator<void, string> {
  for (let i = 0; i < n; i++) {
    seen.push(i);
    yield;
  }
  return "done";
}

describe("runInSlices", () => {
  it("runs every step in order, pausing between slices, and resolves to the return value", async () => {
    const seen: number[] = [];
    let pauses = 0;
    const result = await runInSlices(counted(50, seen), async () => void (pauses += 1), { sliceMs: 5, now: ticking() });
    expect(result).toBe("done");
    expect(seen).toEqual([...Array(50).keys()]);
    expect(pauses).toBeGreaterThan(5);
  });

  it("never pauses when the work fits in one slice", async () => {
    let pauses = 0;
    expect(await runInSlices(counted(3, []), async () => void (pauses += 1), { sliceMs: 1_000, now: ticking() })).toBe("done");
    expect(pauses).toBe(0);
  });

  it("abandons the work after a pause when asked, resolving to null", async () => {
    const seen: number[] = [];
    let pauses = 0;
    const result = await runInSlices(counted(50, seen), async () => void (pauses += 1), { sliceMs: 5, now: ticking(), shouldStop: () => pauses >= 2 });
    expect(result).toBeNull();
    expect(pauses).toBe(2);
    expect(seen.length).toBeLessThan(50);
  });
});
