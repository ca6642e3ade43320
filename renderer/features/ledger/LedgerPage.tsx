// 台账 (#/ledger): every issue of every meeting, filtered, sorted and exported as shown.
import { Spin, Typography } from 'antd';
import { localIsoDate } from '../../../shared/domain/dates';
import { ListCount } from '../common/ListCount';
import { useCurrent } from '../common/use-current';
import { LedgerExport } from './LedgerExport';
import { LedgerFilters } from './LedgerFilters';
import { LedgerTable } from './LedgerTable';
import { ledgerLabels as t } from './labels';
import { useLedgerFilter } from './use-ledger-filter';
import { useLedgerRows } from './use-ledger-rows';

// The list's own scroll area: the window's height less the header, filters and export above it.
const listHeight = () => Math.max(320, window.innerHeight - 360);

// The same elements on every render, so React leaves them alone while the user types.
const title = (
  <Typography.Title level={3} style={{ margin: 0 }}>
    {t.title}
  </Typography.Title>
);
const openHint = <Typography.Text type="secondary">{t.openHint}</Typography.Text>;

export function LedgerPage() {
  const today = localIsoDate(new Date());
  const [filter, setFilter] = useLedgerFilter();
  const { loading, rows, total, choices } = useLedgerRows(filter, today);
  const currentFilter = useCurrent(filter);
  // A plain column, not antd's Space: a key typed in the search draws the filters' row, the
  // count and the rows in view, nothing else.
  return (
    <div className="column">
      {title}
      <LedgerFilters filter={filter} choices={choices} onChange={setFilter} />
      <LedgerExport current={currentFilter} disabled={loading || rows.length === 0} />
      <ListCount text={loading ? t.loading : t.count(rows.length, total)} testId="ledger-count" />
      {openHint}
      {loading ? <Spin /> : <LedgerTable rows={rows} today={today} height={listHeight()} />}
    </div>
  );
}
