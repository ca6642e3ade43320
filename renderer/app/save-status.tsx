// The truth about saving: 保存中 while any change waits or is being written, 已保存 once all
// are written, 保存失败 with the reason while some change whose write failed is not yet stored
// (the typed text stays on screen and is retried). Each autosaving form reports its own state,
// so another form's successful save cannot hide a failure.
import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { describeError } from './errors';

export { describeError } from './errors';

export const saveLabels = {
  saving: '保存中…',
  saved: '已保存',
  retrying: '修改仍在屏幕上，程序会自动重试保存。',
};

type SourceState = { pending: boolean; error: unknown };

type SaveTracker = {
  /** A form's current state; null when the form is gone. */
  report(source: string, state: SourceState | null): void;
};

type Summary = { pending: boolean; error: string | null };

const SaveStatusContext = createContext<SaveTracker | null>(null);
const SummaryContext = createContext<Summary>({ pending: false, error: null });

function summarise(sources: Map<string, SourceState>): Summary {
  let pending = false;
  let error: unknown = null;
  for (const state of sources.values()) {
    pending ||= state.pending;
    if (state.error !== null && state.error !== undefined) error = state.error;
  }
  return { pending, error: error === null ? null : describeError(error) };
}

export function SaveStatusProvider({ children }: { children: ReactNode }) {
  const sources = useRef(new Map<string, SourceState>());
  const [summary, setSummary] = useState<Summary>({ pending: false, error: null });
  const report = useCallback((source: string, state: SourceState | null) => {
    if (state) sources.current.set(source, state);
    else sources.current.delete(source);
    const next = summarise(sources.current);
    setSummary((s) => (s.pending === next.pending && s.error === next.error ? s : next));
  }, []);
  const tracker = useMemo(() => ({ report }), [report]);
  return (
    <SaveStatusContext.Provider value={tracker}>
      <SummaryContext.Provider value={summary}>{children}</SummaryContext.Provider>
    </SaveStatusContext.Provider>
  );
}

export function useSaveTracker(): SaveTracker {
  const tracker = useContext(SaveStatusContext);
  if (!tracker) throw new Error('useSaveTracker outside SaveStatusProvider');
  return tracker;
}

export function SaveIndicator() {
  const state = useContext(SummaryContext);
  const label = state.error
    ? `保存失败：${state.error}${saveLabels.retrying}`
    : state.pending
      ? saveLabels.saving
      : saveLabels.saved;
  // Dark enough to read on white (WCAG AA contrast, checked by axe in the e2e tests).
  const color = state.error ? '#a8071a' : state.pending ? '#874d00' : '#135200';
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
