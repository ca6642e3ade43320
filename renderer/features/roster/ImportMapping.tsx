// The preview's column mapping: one Select per roster field, "no such column" among the choices,
// and the village for rows that name none.
import { Input, Select, Space } from 'antd';
import { rosterFields, type ColumnMapping, type RosterField } from '../../../shared/roster';
import { columnLetter } from '../../../shared/roster/table';
import { rosterLabels as t } from './labels';

const none = -1;

type Props = {
  headings: readonly string[];
  mapping: ColumnMapping;
  onChange: (field: RosterField, column: number | null) => void;
  defaultVillage: string;
  onDefaultVillage: (village: string) => void;
};

export function ImportMapping({
  headings,
  mapping,
  onChange,
  defaultVillage,
  onDefaultVillage,
}: Props) {
  const options = [
    { value: none, label: t.noColumn },
    ...headings.map((heading, column) => ({
      value: column,
      label: t.columnOption(columnLetter(column), heading.trim()),
    })),
  ];
  return (
    <Space wrap role="group" aria-label={t.mapping}>
      {rosterFields.map((field) => (
        <label key={field} className="roster-mapping-field">
          <span>{t.fields[field]}</span>
          <Select<number>
            aria-label={t.fields[field]}
            showSearch={{ optionFilterProp: 'label' }}
            value={mapping[field] ?? none}
            onChange={(value) => onChange(field, value === none ? null : value)}
            options={options}
            style={{ width: 170 }}
          />
        </label>
      ))}
      <label className="roster-mapping-field">
        <span>{t.defaultVillage}</span>
        <Input
          aria-label={t.defaultVillage}
          placeholder={t.defaultVillagePlaceholder}
          value={defaultVillage}
          onChange={(e) => onDefaultVillage(e.target.value)}
          style={{ width: 200 }}
        />
      </label>
    </Space>
  );
}
