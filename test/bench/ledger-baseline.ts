// ledger-bench's baseline: a bare page holding the demo's live issues (search text lower-cased
// once on load) that filters them with Array.filter on every change and shows the first 50 rows
// in a plain table, driven by the same changes as the 台账.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { deadlineState } from '../../shared/domain/deadline';
import type { Issue, Meeting } from '../../shared/domain/schemas';
import type { Ui } from './ledger-bench';

type BareRow = {
  village: string;
  category: string;
  status: string;
  due: string;
  text: string;
  cells: string[];
};

/** The demo's live issues as the bare page needs them, read from the same files. */
export function bareRows(files: string[], today: string): BareRow[] {
  const rows: BareRow[] = [];
  for (const file of files) {
    const { records } = JSON.parse(readFileSync(file, 'utf8')) as {
      records: { meetings: Meeting[]; issues: Issue[] };
    };
    const meetings = new Map(records.meetings.map((m) => [m.id, m]));
    for (const issue of records.issues) {
      const m = meetings.get(issue.meetingId);
      if (!m || m.deletedAt !== null || issue.deletedAt !== null) continue;
      const cells = [m.date, `${m.village}${m.group}`, issue.raisedBy, issue.description];
      cells.push(issue.category, issue.unit, issue.owner, issue.deadline, issue.status);
      rows.push({
        village: m.village,
        category: issue.category,
        status: issue.status,
        due: deadlineState(issue, today),
        text: [m.village, m.group, issue.raisedBy, issue.description, issue.category]
          .concat([issue.unit, issue.owner, issue.status])
          .join('\n')
          .toLowerCase(),
        cells,
      });
    }
  }
  return rows;
}

// The helper esbuild's keepNames (tsx) puts into the functions handed to the page.
export const barePage = `<!doctype html><meta charset="utf-8"><script>var __name = (f) => f;</script>
<input id="text" aria-label="搜索">
<select id="village" aria-label="村"><option value="">全部</option></select>
<select id="category" aria-label="类别"><option value="">全部</option></select>
<select id="status" aria-label="状态"><option value="">全部</option><option>办理中</option></select>
<select id="due" aria-label="时限"><option value="">全部</option><option value="overdue">逾期</option></select>
<button id="clear">清除</button><p id="count"></p><table><tbody id="rows"></tbody></table>`;

/** The bare page's behaviour: filter on every change, show the first 50 rows. */
export const bareScript = (rows: BareRow[]) => {
  const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
  const fields = ['village', 'category', 'status', 'due'] as const;
  for (const field of ['village', 'category'] as const) {
    for (const value of [...new Set(rows.map((r) => r[field]))]) {
      $(field).append(new Option(value, value));
    }
  }
  const w = window as unknown as { benchChange(detail: string): void };
  const show = () => {
    const text = $<HTMLInputElement>('text').value;
    const wanted = Object.fromEntries(fields.map((f) => [f, $<HTMLSelectElement>(f).value]));
    const detail = JSON.stringify({ ...wanted, text });
    w.benchChange(detail);
    const terms = text.toLowerCase().split(/\s+/).filter(Boolean);
    const found = rows.filter(
      (r) =>
        fields.every((f) => wanted[f] === '' || r[f] === wanted[f]) &&
        terms.every((t) => r.text.includes(t)),
    );
    $('count').textContent = `共 ${found.length} 条`;
    const body = $('rows');
    body.replaceChildren(
      ...found.slice(0, 50).map((r) => {
        const tr = document.createElement('tr');
        for (const cell of r.cells) tr.insertCell().textContent = cell;
        return tr;
      }),
    );
    performance.mark('ledger-rows', { detail });
  };
  $('text').addEventListener('input', show);
  for (const f of fields) $(f).addEventListener('change', show);
  $('clear').addEventListener('click', () => {
    $<HTMLInputElement>('text').value = '';
    for (const f of fields) $<HTMLSelectElement>(f).value = '';
    show();
  });
};

export function bareUi(page: Page): Ui {
  const values: Record<string, string> = { 逾期: 'overdue' };
  return {
    focusSearch: () => page.locator('#text').click(),
    choose: async (field, value) => {
      await page.locator(`#${field}`).selectOption(values[value] ?? value);
    },
    clear: () => page.locator('#clear').click(),
  };
}
