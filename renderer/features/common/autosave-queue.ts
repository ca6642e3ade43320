// When autosave writes: the scheduling rules apart from React, so they can be tested with a fake
// clock. A change is written once typing pauses (quietMs) and never later than maxWaitMs after
// it was made, however long typing goes on; flush() writes at once (blur, hiding, closing).
// Writes run one after another. A failed write keeps its fields pending (a newer value typed
// meanwhile wins) and is tried again with growing delays; the error stands until every field of
// the failed write has been stored.

// The promise is "stored within 1 s of being typed": the write starts by 500 ms, leaving half the time for
// the transaction to reach the disk ('strict' durability).
export const autosaveTiming = {
  quietMs: 300,
  maxWaitMs: 500,
  firstRetryMs: 1000,
  maxRetryMs: 30_000,
};

export type AutosaveTiming = typeof autosaveTiming;

export type QueueClock = {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
};

export const systemClock: QueueClock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export type QueueState = {
  /** Changes wait or are being written. */
  pending: boolean;
  /** The last failure, while some field of a failed write is not yet stored. */
  error: unknown;
};

type Options<T> = {
  write: (patch: Partial<T>) => Promise<unknown>;
  onState: (state: QueueState) => void;
  timing?: AutosaveTiming;
  clock?: QueueClock;
};

export type AutosaveQueue<T> = {
  change<K extends keyof T>(key: K, value: T[K]): void;
  flush(): Promise<void>;
  state(): QueueState;
};

export function createAutosaveQueue<T extends object>({
  write,
  onState,
  timing = autosaveTiming,
  clock = systemClock,
}: Options<T>): AutosaveQueue<T> {
  let pending: Partial<T> = {};
  /** When the oldest unwritten change was made; null when nothing waits. */
  let oldestChange: number | null = null;
  let timer: { handle: unknown; at: number } | null = null;
  let writing = 0;
  let chain: Promise<void> = Promise.resolve();
  const failedKeys = new Set<keyof T>();
  let lastError: unknown = null;
  let failures = 0;

  const hasPending = () => Object.keys(pending).length > 0;
  const state = (): QueueState => ({
    pending: hasPending() || writing > 0,
    error: failedKeys.size > 0 ? lastError : null,
  });
  const report = () => onState(state());

  function schedule(at: number) {
    if (timer) clock.clearTimeout(timer.handle);
    const delay = Math.max(0, at - clock.now());
    timer = { at, handle: clock.setTimeout(() => void startWrite(), delay) };
  }

  function startWrite(): Promise<void> {
    if (timer) clock.clearTimeout(timer.handle);
    timer = null;
    if (!hasPending()) return chain;
    const patch = pending;
    pending = {};
    oldestChange = null;
    writing += 1;
    chain = chain.then(async () => {
      try {
        await write(patch);
        for (const key of Object.keys(patch)) failedKeys.delete(key as keyof T);
        failures = 0;
      } catch (error) {
        // Newer values typed while this write ran stay; the rest goes back into the queue.
        pending = { ...patch, ...pending };
        for (const key of Object.keys(patch)) failedKeys.add(key as keyof T);
        lastError = error;
        failures += 1;
        oldestChange ??= clock.now();
        const backoff = Math.min(timing.maxRetryMs, timing.firstRetryMs * 2 ** (failures - 1));
        schedule(clock.now() + backoff);
      } finally {
        writing -= 1;
        report();
      }
    });
    report();
    return chain;
  }

  return {
    change(key, value) {
      pending[key] = value;
      const now = clock.now();
      oldestChange ??= now;
      if (failures > 0) {
        // The store is failing: wait for the retry already planned instead of hammering it.
        if (!timer) schedule(now + timing.firstRetryMs);
      } else {
        // Each keystroke restarts the quiet period, never past the oldest change's deadline.
        schedule(Math.min(now + timing.quietMs, oldestChange + timing.maxWaitMs));
      }
      report();
    },
    flush: () => startWrite(),
    state,
  };
}
