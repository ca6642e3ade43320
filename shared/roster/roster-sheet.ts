// The roster as an .xlsx sheet, under the same privacy rules as every other export (privacy.ts):
// phones masked by default, in full only on the internal copy. Its headings are the ones the
// import recognises, so an internal copy reads back in as it was written.
import { copyRules, maskName, maskPhone, type Privacy } from '../docs/privacy';
import type { Sheet, SheetColumn } from '../docs/xlsx';
import type { Person } from '../domain/schemas';
import { rosterFieldLabels } from './columns';

const order = new Intl.Collator('zh-CN', { numeric: true });

export function buildRosterSheet(persons: readonly Person[], privacy: Privacy): Sheet {
  const rule = copyRules[privacy];
  const withPhones = rule.phonesOnPaper !== 'none';
  const columns: SheetColumn[] = [
    { title: rosterFieldLabels.name, width: 12 },
    { title: rosterFieldLabels.village, width: 12 },
    { title: rosterFieldLabels.group, width: 10 },
    { title: rosterFieldLabels.household, width: 12 },
    { title: rosterFieldLabels.tags, width: 20 },
    ...(withPhones ? [{ title: rosterFieldLabels.phone, width: 16 }] : []),
  ];
  const rows = persons
    .filter((p) => p.deletedAt === null)
    .toSorted(
      (a, b) =>
        order.compare(a.village, b.village) ||
        order.compare(a.group, b.group) ||
        order.compare(a.household, b.household) ||
        order.compare(a.name, b.name),
    )
    .map((p) => {
      const name = rule.villagerNames === 'masked' ? maskName(p.name) : p.name;
      const phone = rule.phonesOnPaper === 'masked' ? maskPhone(p.phone) : p.phone;
      const cells = [name, p.village, p.group, p.household, p.tags.join('、')];
      return withPhones ? [...cells, phone] : cells;
    });
  return { name: '村民名册', columns, rows };
}
