// 台账 (#/ledger): every issue of every meeting, filtered, sorted and exported as shown.
import { Space, Spin, Typography } from 'antd';
import { memo } from 'react';
import { localIsoDate } from '../../../shared/domain/dates';
import { useCurrent } from '../common/use-current';
import { LedgerExport } from './LedgerExport';
import { LedgerFilters } from './LedgerFilters';
import { LedgerTable } from './LedgerTable';
import { ledgerLabels as t } from './labels';
import { useLedgerFilter } from './use-ledger-filter';
import { useLedgerRows } from './use-ledger-rows';

// The list's own scroll area: the window's height less the header, filters and export above it.
const listHeight = () => Math.max(320, window.innerHeight - 360);

// The same element on every render, so React leaves it alone while the user types.
const openHint = <Typography.Text type="secondary">{t.openHint}</Typography.Text>;

/** How many issues are listed, said again only when it changes. */
const Count = memo(function Count({ text }: { text: string }) {
  return (
    <Typography.Text role="status" data-testid="ledger-count">
      {text}
    </Typography.Text>
  );
});

export function LedgerPage() {
  const today = localIsoDate(new Date());
  const [filter, setFilter] = useLedgerFilter();
  const { loading, rows, total, choices } = useLedgerRows(filter, today);
  const currentFilter = useCurrent(filter);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t.title}
      </Typography.Title>
      <LedgerFilters filter={filter} choices={choices} onChange={setFilter} />
      <LedgerExport current={currentFilter} disabled={loading || rows.length === 0} />
      <Count text={loading ? t.loading : t.count(rows.length, total)} />
      {openHint}
      {loading ? <Spin /> : <LedgerTable rows={rows} today={today} height={listHeight()} />}
    </Space>
  );
}
