// 版本: the copy an export writes (privacy.ts), for the export bars of 台账 and 村民名册.
import { Select } from 'antd';
import { privacyLabels, type Privacy } from '../../../shared/docs/privacy';

const copies = Object.entries(privacyLabels).map(([value, label]) => ({
  value: value as Privacy,
  label,
}));

export function CopySelect(props: {
  label: string;
  value: Privacy;
  onChange: (value: Privacy) => void;
}) {
  return (
    <Select
      aria-label={props.label}
      value={props.value}
      onChange={props.onChange}
      options={copies}
      style={{ width: 280 }}
    />
  );
}
