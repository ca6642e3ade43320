// The truth about saving: 保存中 while any change waits or is being written, 已保存 once all
// are written, 保存失败 with the reason while some change whose write failed is not yet stored
// (the typed text stays on screen and is retried), and 未保存 while a field holds text that
// breaks its rule (too long, a bad date): that text is on screen only, never stored, until it is
// corrected. Each autosaving form reports its own state,
// so another form's successful save cannot hide a failure.
import { createContext, useContext, useState, useSyncExternalStore, type ReactNode } from 'react';
import { describeError } from './errors';

export { describeError } from './errors';

export const saveLabels = {
  saving: '保存中…',
  saved: '已保存',
  retrying: '修改仍在屏幕上，程序会自动重试保存。',
  invalid: '未保存：标红的栏目内容有误，改正后才会保存',
};

type SourceState = { pending: boolean; error: unknown; invalid?: boolean };

type Summary = { pending: boolean; error: string | null; invalid: boolean };

function summarise(sources: Map<string, SourceState>): Summary {
  let pending = false;
  let invalid = false;
  let error: unknown = null;
  for (const state of sources.values()) {
    pending ||= state.pending;
    invalid ||= state.invalid === true;
    if (state.error !== null && state.error !== undefined) error = state.error;
  }
  return { pending, invalid, error: error === null ? null : describeError(error) };
}

/**
 * Every form's state and their summary. A store rather than a context value: the summary flips
 * on the first keystroke after each save, and a context around the whole app would make React
 * search the whole tree (sixty issue cards, two hundred attendees) for readers of it each time;
 * only the indicator reads it.
 */
function createSaveTracker() {
  const sources = new Map<string, SourceState>();
  const listeners = new Set<() => void>();
  let summary: Summary = { pending: false, error: null, invalid: false };
  return {
    /** A form's current state; null when the form is gone. */
    report: (source: string, state: SourceState | null): void => {
      if (state) sources.set(source, state);
      else sources.delete(source);
      const next = summarise(sources);
      if (
        next.pending === summary.pending &&
        next.error === summary.error &&
        next.invalid === summary.invalid
      )
        return;
      summary = next;
      for (const listener of listeners) listener();
    },
    subscribe: (listener: () => void): (() => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    summary: (): Summary => summary,
  };
}

type SaveTracker = ReturnType<typeof createSaveTracker>;

const SaveStatusContext = createContext<SaveTracker | null>(null);

export function SaveStatusProvider({ children }: { children: ReactNode }) {
  const [tracker] = useState(createSaveTracker);
  return <SaveStatusContext.Provider value={tracker}>{children}</SaveStatusContext.Provider>;
}

export function useSaveTracker(): Pick<SaveTracker, 'report'> {
  const tracker = useContext(SaveStatusContext);
  if (!tracker) throw new Error('useSaveTracker outside SaveStatusProvider');
  return tracker;
}

export function SaveIndicator() {
  const tracker = useContext(SaveStatusContext);
  if (!tracker) throw new Error('SaveIndicator outside SaveStatusProvider');
  const state = useSyncExternalStore(tracker.subscribe, tracker.summary);
  const label = state.error
    ? `保存失败：${state.error}${saveLabels.retrying}`
    : state.pending
      ? saveLabels.saving
      : state.invalid
        ? saveLabels.invalid
        : saveLabels.saved;
  // Dark enough to read on white (WCAG AA contrast, checked by axe in the e2e tests).
  const color = state.error || state.invalid ? '#a8071a' : state.pending ? '#874d00' : '#135200';
  return (
    <span
      role="status"
      aria-live="polite"
      data-testid="save-status"
      style={{ color, fontWeight: 500 }}
    >
      {label}
    </span>
  );
}
