// The 台账's current filter, kept for the browser tab (sessionStorage): opening an issue and
// coming back finds the list as it was left.
import { useCallback, useState } from 'react';
import { z } from 'zod';
import type { LedgerFilter } from '../../../shared/docs/ledger-filter';
import { issueStatuses } from '../../../shared/domain/vocabulary';

const storageKey = 'wuchanghui.ledger-filter';

const storedFilterSchema = z
  .object({
    village: z.string(),
    group: z.string(),
    from: z.string(),
    to: z.string(),
    status: z.enum(issueStatuses),
    category: z.string(),
    unit: z.string(),
    owner: z.string(),
    due: z.enum(['overdue', 'due-soon']),
    text: z.string(),
  })
  .partial();

function readStoredFilter(): LedgerFilter {
  try {
    const parsed = storedFilterSchema.safeParse(
      JSON.parse(sessionStorage.getItem(storageKey) ?? '{}'),
    );
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

export function useLedgerFilter() {
  const [filter, setFilter] = useState<LedgerFilter>(readStoredFilter);
  const change = useCallback((next: LedgerFilter) => {
    setFilter(next);
    try {
      sessionStorage.setItem(storageKey, JSON.stringify(next));
    } catch {
      // Storage may be full or refused; the filter still works for this visit.
    }
  }, []);
  return [filter, change] as const;
}
