// Reads started before React draws anything (first-reads.ts: the settings, and the home screen's
// lists when the page opened is the home screen). opening.ts starts them as soon as the database
// is open, and main.tsx draws the app once they have answered (at most 1 s later), so the first
// frame already holds them instead of being drawn again as each arrives. Each early read is a live
// query like the one the screen would start, kept with its latest result and handed to the first
// component that asks for that same query (by its key), which then owns it: it stops when that
// component stops listening. One that nobody claims, or that its claimer does not listen to, is
// stopped after 10 s.
import { liveQuery } from 'dexie';

type Next<T> = (value: T) => void;
type Fail = (error: unknown) => void;
type Observer<T> = { next: Next<T>; error?: Fail };

/** The parts of an observable that dexie-react-hooks' useObservable uses, with a current value. */
export type EarlyRead<T> = {
  hasValue(): boolean;
  getValue(): T | undefined;
  subscribe(next: Next<T>, error?: Fail): { unsubscribe(): void; readonly closed: boolean };
};

const unheardMs = 10_000;
const waiting = new Map<string, { read: EarlyRead<unknown>; stop(): void; stopUnheard(): void }>();

function keepLatest<T>(querier: () => Promise<T>) {
  let latest: { value: T } | undefined;
  let failed: { error: unknown } | undefined;
  const observers = new Set<Observer<T>>();
  let answered: () => void = () => {};
  const firstAnswer = new Promise<void>((resolve) => (answered = resolve));
  const source = liveQuery(querier).subscribe({
    next(value) {
      latest = { value };
      answered();
      for (const o of observers) o.next(value);
    },
    error(error: unknown) {
      failed = { error };
      answered();
      for (const o of observers) o.error?.(error);
    },
  });
  const read: EarlyRead<T> = {
    hasValue: () => latest !== undefined,
    getValue: () => latest?.value,
    subscribe(next, error) {
      const observer: Observer<T> = { next, error };
      observers.add(observer);
      if (latest) observer.next(latest.value);
      else if (failed) observer.error?.(failed.error);
      let closed = false;
      return {
        unsubscribe() {
          closed = true;
          observers.delete(observer);
          if (observers.size === 0) source.unsubscribe();
        },
        get closed() {
          return closed;
        },
      };
    },
  };
  const stopUnheard = () => {
    if (observers.size === 0) source.unsubscribe();
  };
  return { read, firstAnswer, stop: () => source.unsubscribe(), stopUnheard };
}

/**
 * Starts a live query under `key` for the screen that will ask for it. The promise settles when
 * the query has its first value or has failed.
 */
export function startEarly<T>(key: string, querier: () => Promise<T>): Promise<void> {
  waiting.get(key)?.stop();
  const early = keepLatest(querier);
  waiting.set(key, early);
  setTimeout(() => {
    if (waiting.get(key) !== early) return;
    waiting.delete(key);
    early.stop();
  }, unheardMs);
  return early.firstAnswer;
}

/** The early read started under `key`, once: the caller then owns it. */
export function claimEarly<T>(key: string): EarlyRead<T> | undefined {
  const early = waiting.get(key);
  if (!early) return undefined;
  waiting.delete(key);
  // A screen listens at once after drawing; one that never does was a render React threw away.
  setTimeout(() => early.stopUnheard(), unheardMs);
  return early.read as EarlyRead<T>;
}
