// The home screen's date filter, in a chunk of its own: the date picker and its date library are
// loaded after the home screen is on screen instead of before it (HomePage.tsx).
import { DatePicker } from 'antd';
import type { Dayjs } from 'dayjs';

export type DateRange = [Dayjs | null, Dayjs | null] | null;

export default function DateRangeFilter(props: {
  label: string;
  value: DateRange;
  onChange: (value: DateRange) => void;
}) {
  return (
    <DatePicker.RangePicker
      aria-label={props.label}
      value={props.value}
      onChange={(value) => props.onChange(value)}
    />
  );
}
