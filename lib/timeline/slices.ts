/**
 * Long browser work (unpacking a large timeline, adding hundreds of map paths) run in slices: a
 * single task of 100 ms or more delays every click and key press made meanwhile, so the work is
 * written as an iterator of small steps and run here for about `sliceMs` at a time, awaiting
 * `pause()` between slices.
 */

export type SliceOptions = {
  /** How long one slice may run before pausing (milliseconds). */
  sliceMs?: number;
  /** The clock (tests pass their own). */
  now?: () => number;
  /** Checked after each pause: true abandons the work (the page moved on). */
  shouldStop?: () => boolean;
};

/**
 * Lets the browser handle input and paint between slices: `scheduler.yield()` where the browser
 * has it (Chromium), which resumes ahead of other queued work and without the 4 ms clamp nested
 * timeouts get, else a zero-delay timeout.
 */
export const yieldToBrowser = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === "function") return scheduler.yield();
  return new Promise<void>((resolve) => setTimeout(resolve, 0));
};

/**
 * A slice's length. Lighthouse's mobile audit multiplies every task by its 4x CPU slowdown and
 * counts what a task spends over 50 ms as blocking: a 20 ms slice was 30 ms of Total Blocking Time
 * each, a 10 ms one (40 ms there) none.
 */
export const DEFAULT_SLICE_MS = 10;

/**
 * Runs `steps` to its end in slices, pausing with `pause()` between them; resolves to the
 * iterator's return value, or to null if `shouldStop` asked to abandon it.
 */
export async function runInSlices<T>(
  steps: Iterator<unknown, T>,
  pause: () => Promise<void>,
  { sliceMs = DEFAULT_SLICE_MS, now = () => performance.now(), shouldStop = () => false }: SliceOptions = {},
): Promise<T | null> {
  let sliceStart = now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (now() - sliceStart >= sliceMs) {
      await pause();
      if (shouldStop()) return null;
      sliceStart = now();
    }
  }
}
