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
import dayjs from 'dayjs';
import { useId, type ReactNode } from 'react';
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

export function DateField<T extends FieldValues>({
  allowClear = false,
  ...props
}: FieldProps<T> & { allowClear?: boolean }) {
  return (
    <LabelledField
      {...props}
      render={({ id, field }) => (
        <DatePicker
          id={id}
          value={field.value ? dayjs(field.value) : null}
          onChange={(d) => field.onChange(d ? d.format('YYYY-MM-DD') : '')}
          onBlur={field.onBlur}
          allowClear={allowClear}
          format="YYYY-MM-DD"
          style={{ width: '100%' }}
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
        <TimePicker
          id={id}
          value={field.value ? dayjs(`2000-01-01T${field.value as string}`) : null}
          onChange={(t) => field.onChange(t ? t.format('HH:mm') : '')}
          onBlur={field.onBlur}
          format="HH:mm"
          minuteStep={5}
          needConfirm={false}
          style={{ width: '100%' }}
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
