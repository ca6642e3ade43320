// Labelled form fields bound to react-hook-form. The visible label names the input (for people,
// assistive technology and tests alike); control characters are removed as they arrive, and the
// user is told.
import {
  App,
  AutoComplete,
  Checkbox,
  DatePicker,
  Input,
  InputNumber,
  Select,
  TimePicker,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useId, useMemo, type ReactNode } from 'react';
import {
  Controller,
  type Control,
  type ControllerRenderProps,
  type FieldPath,
  type FieldValues,
} from 'react-hook-form';
import { sanitizeText } from '../../../shared/domain/text';

type FieldProps<T extends FieldValues> = {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
  hint?: ReactNode;
};

/** Removes control characters from typed or pasted text and says how many went. */
export function useTextCleaner() {
  const { message } = App.useApp();
  return (value: string) => {
    const { text, removed } = sanitizeText(value);
    if (removed > 0) void message.warning(`已移除 ${removed} 个不可见的控制字符`);
    return text;
  };
}

type Input<T extends FieldValues> = {
  id: string;
  field: ControllerRenderProps<T, FieldPath<T>>;
  invalid: boolean;
};

/** One label, one input, its message: the frame every field below shares. */
function LabelledField<T extends FieldValues>({
  control,
  name,
  label,
  hint,
  render,
}: FieldProps<T> & { render: (input: Input<T>) => ReactNode }) {
  const id = useId();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <div className="field">
          <label htmlFor={id}>{label}</label>
          {render({ id, field, invalid: fieldState.error !== undefined })}
          {fieldState.error ? (
            <div className="field-error" role="alert">
              {fieldState.error.message}
            </div>
          ) : null}
          {hint}
        </div>
      )}
    />
  );
}

export function TextField<T extends FieldValues>({
  multiline,
  rows = 2,
  placeholder,
  ...props
}: FieldProps<T> & { multiline?: boolean; rows?: number; placeholder?: string }) {
  const clean = useTextCleaner();
  return (
    <LabelledField
      {...props}
      render={({ id, field, invalid }) => {
        const common = {
          id,
          name: field.name,
          ref: field.ref,
          value: field.value as string,
          placeholder,
          status: invalid ? ('error' as const) : undefined,
          onBlur: field.onBlur,
        };
        return multiline ? (
          <Input.TextArea
            {...common}
            autoSize={{ minRows: rows, maxRows: 12 }}
            onChange={(e) => field.onChange(clean(e.target.value))}
          />
        ) : (
          <Input {...common} onChange={(e) => field.onChange(clean(e.target.value))} />
        );
      }}
    />
  );
}

export function SuggestField<T extends FieldValues>({
  options,
  ...props
}: FieldProps<T> & { options: string[] }) {
  const clean = useTextCleaner();
  return (
    <LabelledField
      {...props}
      render={({ id, field }) => (
        <AutoComplete
          id={id}
          value={field.value}
          onChange={(value: string) => field.onChange(clean(value))}
          onBlur={field.onBlur}
          options={[...new Set(options)].map((value) => ({ value }))}
          filterOption={(input, option) => String(option?.value ?? '').includes(input)}
        />
      )}
    />
  );
}

export function SelectField<T extends FieldValues>({
  options,
  allowClear,
  ...props
}: FieldProps<T> & { options: readonly string[]; allowClear?: boolean }) {
  return (
    <LabelledField
      {...props}
      render={({ id, field }) => (
        <Select
          id={id}
          showSearch
          value={field.value}
          onChange={(value) => field.onChange(value ?? null)}
          onBlur={field.onBlur}
          allowClear={allowClear}
          options={options.map((value) => ({ value, label: value }))}
          style={{ width: '100%' }}
        />
      )}
    />
  );
}

export function TagsField<T extends FieldValues>(props: FieldProps<T>) {
  return (
    <LabelledField
      {...props}
      render={({ id, field }) => (
        <Select
          id={id}
          mode="tags"
          value={field.value}
          onChange={field.onChange}
          onBlur={field.onBlur}
          tokenSeparators={['，', ',', '、']}
          style={{ width: '100%' }}
          open={false}
        />
      )}
    />
  );
}

/**
 * The picker's value object stays the same while its text does: a new object on every re-render
 * (each save re-renders the form) makes the picker reset what is being typed into it.
 */
function useDayjs(text: string, prefix = ''): Dayjs | null {
  return useMemo(() => (text ? dayjs(`${prefix}${text}`) : null), [text, prefix]);
}

function IsoDatePicker({
  id,
  value,
  onChange,
  onBlur,
  allowClear,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  onBlur: () => void;
  allowClear: boolean;
}) {
  return (
    <DatePicker
      id={id}
      value={useDayjs(value)}
      onChange={(d) => onChange(d ? d.format('YYYY-MM-DD') : '')}
      onBlur={onBlur}
      allowClear={allowClear}
      format="YYYY-MM-DD"
      style={{ width: '100%' }}
    />
  );
}

function HourMinutePicker({
  id,
  value,
  onChange,
  onBlur,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  onBlur: () => void;
}) {
  return (
    <TimePicker
      id={id}
      value={useDayjs(value, '2000-01-01T')}
      onChange={(t) => onChange(t ? t.format('HH:mm') : '')}
      onBlur={onBlur}
      format="HH:mm"
      minuteStep={5}
      needConfirm={false}
      style={{ width: '100%' }}
    />
  );
}

export function DateField<T extends FieldValues>({
  allowClear = false,
  ...props
}: FieldProps<T> & { allowClear?: boolean }) {
  return (
    <LabelledField
      {...props}
      render={({ id, field }) => (
        <IsoDatePicker
          id={id}
          value={field.value}
          onChange={field.onChange}
          onBlur={field.onBlur}
          allowClear={allowClear}
        />
      )}
    />
  );
}

export function TimeField<T extends FieldValues>(props: FieldProps<T>) {
  return (
    <LabelledField
      {...props}
      render={({ id, field }) => (
        <HourMinutePicker
          id={id}
          value={field.value}
          onChange={field.onChange}
          onBlur={field.onBlur}
        />
      )}
    />
  );
}

export function NumberField<T extends FieldValues>({
  min,
  max,
  ...props
}: FieldProps<T> & { min: number; max: number }) {
  return (
    <LabelledField
      {...props}
      render={({ id, field }) => (
        <InputNumber
          id={id}
          value={field.value}
          onChange={(v) => field.onChange(v)}
          onBlur={field.onBlur}
          min={min}
          max={max}
          style={{ width: '100%' }}
        />
      )}
    />
  );
}

export function CheckboxField<T extends FieldValues>({ control, name, label }: FieldProps<T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <Checkbox
          checked={field.value}
          onChange={(e) => field.onChange(e.target.checked)}
          onBlur={field.onBlur}
        >
          {label}
        </Checkbox>
      )}
    />
  );
}
