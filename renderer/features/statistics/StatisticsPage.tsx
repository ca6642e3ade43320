// 统计 (#/statistics): the figures of domain.md §4 for a month, quarter, year or two dates, by
// village and for the township, 本期 and 累计, each table with its definitions underneath, the
// charts under the tables they illustrate, and the same as a .docx and an .xlsx.
import { Alert, Button, Space, Spin, Table, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { formatChineseDate, localIsoDate } from '../../../shared/domain/dates';
import type { StatisticsTable } from '../../../shared/docs/statistics-tables';
import {
  placeColumn,
  scopeColumn,
  scopeNote,
  statisticsTables,
} from '../../../shared/docs/statistics-tables';
import {
  prepareStatistics,
  statisticsFor,
  type PreparedStatistics,
  type Statistics,
  type StatisticsOptions,
  type StatisticsRecords,
} from '../../../shared/domain/statistics';
import { chartMonths, monthlyCounts } from '../../../shared/domain/statistics-months';
import { periodProblem, periodRange, type Period } from '../../../shared/domain/statistics-period';
import { useRepositories, useSettings } from '../../app/data-context';
import { describeError } from '../../app/errors';
import { useExportRunner } from '../export/use-export';
import { mountChart, statisticsCharts, type ChartSpec } from './charts';
import { statisticsLabels as t } from './labels';
import { PeriodPicker, periodOf } from './PeriodPicker';
import { exportStatistics, type StatisticsFormat } from './statistics-export';

const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Every record, read once when the page opens: the figures are a report, not a live view. */
function useStatisticsRecords() {
  const repos = useRepositories();
  const [records, setRecords] = useState<StatisticsRecords | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    repos.statistics.load().then(
      (loaded) => current && setRecords(loaded),
      (e: unknown) => current && setError(describeError(e, 'reading')),
    );
    return () => {
      current = false;
    };
  }, [repos]);
  return { records, error };
}

/**
 * What every period is counted from, built once per read; its time kept as the
 * `statistics-prepare` measure (test/bench/statistics-page-bench.ts).
 */
function measuredPreparation(records: StatisticsRecords): PreparedStatistics {
  const start = performance.now();
  const prepared = prepareStatistics(records);
  performance.measure('statistics-prepare', { start });
  return prepared;
}

/** One period's figures, their time kept as the `statistics` measure. */
function measuredStatistics(prepared: PreparedStatistics, input: StatisticsOptions): Statistics {
  const start = performance.now();
  const stats = statisticsFor(prepared, input);
  performance.measure('statistics', { start, detail: stats.label });
  return stats;
}

function ChartView({ spec }: { spec: ChartSpec }) {
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => (element.current ? mountChart(element.current, spec.option) : undefined), [spec]);
  return (
    <figure style={{ margin: 0 }}>
      <figcaption>
        <Typography.Text strong>{spec.title}</Typography.Text>
      </figcaption>
      <div ref={element} role="img" aria-label={spec.text} style={{ width: '100%', height: 320 }} />
    </figure>
  );
}

function FiguresTable({ table, index }: { table: StatisticsTable; index: number }) {
  type Row = StatisticsTable['rows'][number] & { key: string };
  const rows: Row[] = table.rows.map((r, i) => ({ ...r, key: String(i) }));
  const heading = `${numerals[index] ?? index + 1}、${table.heading}`;
  // A wide table scrolls sideways in a region of its own, which the keyboard can reach too.
  return (
    <div className="statistics-table" tabIndex={0} role="region" aria-label={heading}>
      <Table<Row>
        size="small"
        bordered
        pagination={false}
        title={() => (
          <Typography.Title level={4} style={{ margin: 0 }}>
            {heading}
          </Typography.Title>
        )}
        aria-label={table.heading}
        dataSource={rows}
        columns={[
          {
            title: placeColumn,
            dataIndex: 'place',
            // A place's 本期 and 累计 rows share one cell.
            onCell: (_, i) => ({ rowSpan: (i ?? 0) % 2 === 0 ? 2 : 0 }),
          },
          { title: scopeColumn, dataIndex: 'scope' },
          ...table.columns.map((title, c) => ({
            title,
            key: String(c),
            align: 'right' as const,
            render: (_: unknown, row: Row) => row.cells[c],
          })),
        ]}
        footer={() => (
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            {table.notes.map((note) => (
              <li key={note}>
                <Typography.Text type="secondary">{note}</Typography.Text>
              </li>
            ))}
          </ul>
        )}
      />
    </div>
  );
}

function Exports({
  disabled,
  run,
}: {
  disabled: boolean;
  run: (f: StatisticsFormat) => Promise<void>;
}) {
  const [busy, setBusy] = useState<StatisticsFormat | null>(null);
  const click = (format: StatisticsFormat) => {
    setBusy(format);
    void run(format).finally(() => setBusy(null));
  };
  return (
    <Space wrap>
      <Button disabled={disabled} loading={busy === 'docx'} onClick={() => click('docx')}>
        {t.exportWord}
      </Button>
      <Button disabled={disabled} loading={busy === 'xlsx'} onClick={() => click('xlsx')}>
        {t.exportExcel}
      </Button>
    </Space>
  );
}

export function StatisticsPage() {
  const repos = useRepositories();
  const settings = useSettings();
  const today = localIsoDate(new Date());
  const [period, setPeriod] = useState<Period>(() => periodOf('month', today));
  const { records, error } = useStatisticsRecords();
  const problem = periodProblem(period);

  const years = useMemo(() => {
    const thisYear = Number(today.slice(0, 4));
    let first = thisYear;
    for (const m of records?.meetings ?? []) {
      const year = Number(m.date.slice(0, 4));
      if (m.deletedAt === null && year >= 1990 && year < first) first = year;
    }
    return Array.from({ length: thisYear - first + 1 }, (_, i) => thisYear - i);
  }, [records, today]);

  const prepared = useMemo(() => (records ? measuredPreparation(records) : null), [records]);
  const stats = useMemo(
    () => (prepared && !problem ? measuredStatistics(prepared, { period, today, settings }) : null),
    [prepared, period, today, settings, problem],
  );
  const tables = useMemo(() => (stats ? statisticsTables(stats, settings) : []), [stats, settings]);
  const charts = useMemo(
    () =>
      stats && records
        ? statisticsCharts(
            stats,
            monthlyCounts(records, chartMonths(periodRange(period))),
            settings,
          )
        : [],
    [stats, records, period, settings],
  );

  const runExport = useExportRunner({ saved: t.saved, failed: t.failed });
  const run = (format: StatisticsFormat) =>
    runExport(async () =>
      stats
        ? exportStatistics(repos, settings, { format, statistics: stats, charts })
        : { status: 'cancelled' },
    );

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t.title}
      </Typography.Title>
      <PeriodPicker period={period} years={years} today={today} onChange={setPeriod} />
      <Exports disabled={!stats} run={run} />
      {error ? <Alert type="error" showIcon message={`${t.failedToLoad}：${error}`} /> : null}
      {problem ? <Alert type="warning" showIcon message={problem} /> : null}
      {!records && !error ? (
        <Typography.Text role="status">
          <Spin size="small" /> {t.loading}
        </Typography.Text>
      ) : null}
      {stats ? (
        <>
          <Typography.Text role="status" data-testid="statistics-scope">
            {t.asOf(stats.label, formatChineseDate(stats.asOf))}
          </Typography.Text>
          <Typography.Text type="secondary">{scopeNote(stats, settings)}</Typography.Text>
          {tables.map((table, i) => (
            <Space key={table.heading} direction="vertical" style={{ width: '100%' }}>
              <FiguresTable table={table} index={i} />
              {charts
                .filter((c) => c.table === table.heading)
                .map((c) => (
                  <ChartView key={c.key} spec={c} />
                ))}
            </Space>
          ))}
        </>
      ) : null}
    </Space>
  );
}
