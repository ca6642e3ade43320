import { describe, expect, it } from 'vitest';
import type { Issue, Meeting } from '../../../../shared/domain/schemas';
import { chartMonths, monthlyCounts } from '../../../../shared/domain/statistics-months';
import { sampleIssue, sampleMeeting } from './sample-records';

describe('the months a chart shows', () => {
  it('shows the twelve months up to a month or a quarter-less span', () => {
    expect(chartMonths({ start: '2026-03-01', end: '2026-03-31' })).toEqual([
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
    ]);
    // December: the calendar year itself.
    expect(chartMonths({ start: '2026-11-15', end: '2026-12-10' })).toHaveLength(12);
    expect(chartMonths({ start: '2026-11-15', end: '2026-12-10' })[0]).toBe('2026-01');
  });

  it('shows every month a longer period touches, at most the last 36', () => {
    expect(chartMonths({ start: '2025-11-20', end: '2026-01-05' })).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
    ]);
    expect(chartMonths({ start: '2024-01-01', end: '2024-12-31' })).toHaveLength(12);
    const tenYears = chartMonths({ start: '2017-01-01', end: '2026-12-31' });
    expect([tenYears.length, tenYears[0], tenYears.at(-1)]).toEqual([36, '2024-01', '2026-12']);
  });
});

describe('meetings and issues per month', () => {
  const meeting = (date: string, extra: Partial<Meeting> = {}): Meeting => ({
    ...sampleMeeting(),
    id: crypto.randomUUID(),
    date,
    ...extra,
  });
  const issue = (m: Meeting, extra: Partial<Issue> = {}) =>
    sampleIssue(1, { meetingId: m.id, ...extra });

  it('counts held, live meetings by their date and the live issues raised at them', () => {
    const feb = meeting('2026-02-28');
    const marFirst = meeting('2026-03-01');
    const marLast = meeting('2026-03-31');
    const planned = meeting('2026-03-15', { status: '筹备' });
    const deleted = meeting('2026-03-16', { deletedAt: '2026-03-17T00:00:00.000Z' });
    const outside = meeting('2026-04-01');
    const issues = [
      issue(feb),
      issue(marFirst),
      issue(marFirst),
      issue(marLast, { deletedAt: '2026-04-02T00:00:00.000Z' }),
      issue(planned),
      issue(deleted),
      issue(outside),
    ];
    const meetings = [feb, marFirst, marLast, planned, deleted, outside];
    expect(monthlyCounts({ meetings, issues }, ['2026-01', '2026-02', '2026-03'])).toEqual([
      { month: '2026-01', meetings: 0, issues: 0 },
      { month: '2026-02', meetings: 1, issues: 1 },
      { month: '2026-03', meetings: 2, issues: 2 },
    ]);
  });
});
