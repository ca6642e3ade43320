// The truth about saving: 保存中 while any change waits or is being written, 已保存 once all
// are written, 保存失败 with the reason when a write failed (the typed text stays on screen).
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

type SaveState = { pending: number; error: string | null };

type SaveTracker = {
  begin(): void;
  end(error?: unknown): void;
};

// Two contexts: every autosaving form needs the tracker, only the indicator needs the state. One
// context holding both re-rendered every form on the screen at each 保存中 / 已保存.
const SaveTrackerContext = createContext<SaveTracker | null>(null);
const SaveStateContext = createContext<SaveState>({ pending: 0, error: null });

export function SaveStatusProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SaveState>({ pending: 0, error: null });
  const begin = useCallback(() => setState((s) => ({ ...s, pending: s.pending + 1 })), []);
  const end = useCallback(
    (error?: unknown) =>
      setState((s) => ({
        pending: Math.max(0, s.pending - 1),
        error: error === undefined ? (s.pending <= 1 ? null : s.error) : describeError(error),
      })),
    [],
  );
  const tracker = useMemo(() => ({ begin, end }), [begin, end]);
  return (
    <SaveTrackerContext.Provider value={tracker}>
      <SaveStateContext.Provider value={state}>{children}</SaveStateContext.Provider>
    </SaveTrackerContext.Provider>
  );
}

export function useSaveTracker(): SaveTracker {
  const tracker = useContext(SaveTrackerContext);
  if (!tracker) throw new Error('useSaveTracker outside SaveStatusProvider');
  return tracker;
}

export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const issues = (error as { issues?: { message: string }[] }).issues;
    return issues?.[0]?.message ?? error.message;
  }
  return String(error);
}

export function SaveIndicator() {
  const state = useContext(SaveStateContext);
  const label = state.error ? `保存失败：${state.error}` : state.pending > 0 ? '保存中…' : '已保存';
  // Dark enough to read on white (WCAG AA).
  const color = state.error ? '#a8071a' : state.pending > 0 ? '#874d00' : '#135200';
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
