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

/** A zero-delay timeout: lets the browser handle input and paint between slices. */
export const yieldToBrowser = (): Promise<void> => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Runs `steps` to its end in slices, pausing with `pause()` between them; resolves to the
 * iterator's return value, or to null if `shouldStop` asked to abandon it.
 */
export async function runInSlices<T>(
  steps: Iterator<unknown, T>,
  pause: () => Promise<void>,
  { sliceMs = 20, now = () => performance.now(), shouldStop = () => false }: SliceOptions = {},
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
