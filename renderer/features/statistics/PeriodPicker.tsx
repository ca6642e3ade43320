// The period counted: a month, a quarter, a year, or two dates (both days included).
import { DatePicker, Radio, Select, Space } from 'antd';
import { searchByLabel } from '../common/fields';
import dayjs from 'dayjs';
import type { Period } from '../../../shared/domain/statistics-period';
import { statisticsLabels as t } from './labels';

type Kind = Period['kind'];

/** The period of a kind that holds `today` (or its year's), for switching kinds. */
export function periodOf(kind: Kind, today: string, year = Number(today.slice(0, 4))): Period {
  const month = Number(today.slice(5, 7));
  switch (kind) {
    case 'month':
      return { kind, year, month };
    case 'quarter':
      return { kind, year, quarter: Math.ceil(month / 3) as 1 | 2 | 3 | 4 };
    case 'year':
      return { kind, year };
    case 'custom':
      return { kind, start: `${year}-01-01`, end: today };
  }
}

const kinds: Kind[] = ['month', 'quarter', 'year', 'custom'];

export function PeriodPicker({
  period,
  years,
  today,
  onChange,
}: {
  period: Period;
  /** The years offered, newest first. */
  years: number[];
  today: string;
  onChange: (period: Period) => void;
}) {
  const yearOf = period.kind === 'custom' ? Number(period.end.slice(0, 4)) : period.year;
  return (
    <Space wrap>
      <Radio.Group
        aria-label={t.periodKind}
        optionType="button"
        value={period.kind}
        onChange={(e) => onChange(periodOf(e.target.value as Kind, today, yearOf))}
        options={kinds.map((k) => ({ value: k, label: t.kinds[k] }))}
      />
      {period.kind === 'custom' ? (
        <DatePicker.RangePicker
          aria-label={t.customRange}
          placeholder={[t.customStart, t.customEnd]}
          allowClear={false}
          value={[dayjs(period.start), dayjs(period.end)]}
          onChange={(range) => {
            const [start, end] = range ?? [];
            if (start && end)
              onChange({
                kind: 'custom',
                start: start.format('YYYY-MM-DD'),
                end: end.format('YYYY-MM-DD'),
              });
          }}
        />
      ) : (
        <Select
          aria-label={t.year}
          showSearch={searchByLabel}
          value={period.year}
          style={{ width: 110 }}
          options={years.map((y) => ({ value: y, label: t.yearName(y) }))}
          onChange={(year: number) => onChange({ ...period, year })}
        />
      )}
      {period.kind === 'month' ? (
        <Select
          aria-label={t.month}
          showSearch={searchByLabel}
          value={period.month}
          style={{ width: 90 }}
          options={Array.from({ length: 12 }, (_, i) => ({
            value: i + 1,
            label: t.monthName(i + 1),
          }))}
          onChange={(month: number) => onChange({ ...period, month })}
        />
      ) : null}
      {period.kind === 'quarter' ? (
        <Select
          aria-label={t.quarter}
          showSearch={searchByLabel}
          value={period.quarter}
          style={{ width: 120 }}
          options={([1, 2, 3, 4] as const).map((q) => ({ value: q, label: t.quarterName(q) }))}
          onChange={(quarter: 1 | 2 | 3 | 4) => onChange({ ...period, quarter })}
        />
      ) : null}
    </Space>
  );
}
