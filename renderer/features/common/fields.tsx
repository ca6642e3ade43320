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
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { sanitizeText } from '../../../shared/domain/text';

type FieldProps<T extends FieldValues> = {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
  hint?: ReactNode;
};

function useCleaner() {
  const { message } = App.useApp();
  return (value: string) => {
    const { text, removed } = sanitizeText(value);
    if (removed > 0) void message.warning(`已移除 ${removed} 个不可见的控制字符`);
    return text;
  };
}

function Field({
  id,
  label,
  error,
  hint,
  children,
}: {
  id: string;
  label: string;
  error?: string;
  hint?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {error ? (
        <div className="field-error" role="alert">
          {error}
        </div>
      ) : null}
      {hint}
    </div>
  );
}

export function TextField<T extends FieldValues>({
  control,
  name,
  label,
  hint,
  multiline,
  rows,
  placeholder,
}: FieldProps<T> & { multiline?: boolean; rows?: number; placeholder?: string }) {
  const id = useId();
  const clean = useCleaner();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Field id={id} label={label} error={fieldState.error?.message} hint={hint}>
          {multiline ? (
            <Input.TextArea
              id={id}
              {...field}
              value={field.value}
              rows={rows ?? 3}
              autoSize={{ minRows: rows ?? 2, maxRows: 12 }}
              placeholder={placeholder}
              status={fieldState.error ? 'error' : undefined}
              onChange={(e) => field.onChange(clean(e.target.value))}
            />
          ) : (
            <Input
              id={id}
              {...field}
              value={field.value}
              placeholder={placeholder}
              status={fieldState.error ? 'error' : undefined}
              onChange={(e) => field.onChange(clean(e.target.value))}
            />
          )}
        </Field>
      )}
    />
  );
}

export function SuggestField<T extends FieldValues>({
  control,
  name,
  label,
  options,
  hint,
}: FieldProps<T> & { options: string[] }) {
  const id = useId();
  const clean = useCleaner();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Field id={id} label={label} error={fieldState.error?.message} hint={hint}>
          <AutoComplete
            id={id}
            value={field.value}
            onChange={(value: string) => field.onChange(clean(value))}
            onBlur={field.onBlur}
            options={[...new Set(options)].map((value) => ({ value }))}
            filterOption={(input, option) => String(option?.value ?? '').includes(input)}
          />
        </Field>
      )}
    />
  );
}

export function SelectField<T extends FieldValues>({
  control,
  name,
  label,
  options,
  allowClear,
  hint,
}: FieldProps<T> & { options: readonly string[]; allowClear?: boolean }) {
  const id = useId();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Field id={id} label={label} error={fieldState.error?.message} hint={hint}>
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
        </Field>
      )}
    />
  );
}

export function TagsField<T extends FieldValues>({ control, name, label, hint }: FieldProps<T>) {
  const id = useId();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Field id={id} label={label} error={fieldState.error?.message} hint={hint}>
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
        </Field>
      )}
    />
  );
}

export function DateField<T extends FieldValues>({
  control,
  name,
  label,
  hint,
  allowClear,
}: FieldProps<T> & { allowClear?: boolean }) {
  const id = useId();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Field id={id} label={label} error={fieldState.error?.message} hint={hint}>
          <DatePicker
            id={id}
            value={field.value ? dayjs(field.value) : null}
            onChange={(d) => field.onChange(d ? d.format('YYYY-MM-DD') : '')}
            onBlur={field.onBlur}
            allowClear={allowClear ?? false}
            format="YYYY-MM-DD"
            style={{ width: '100%' }}
          />
        </Field>
      )}
    />
  );
}

export function TimeField<T extends FieldValues>({ control, name, label }: FieldProps<T>) {
  const id = useId();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Field id={id} label={label} error={fieldState.error?.message}>
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
        </Field>
      )}
    />
  );
}

export function NumberField<T extends FieldValues>({
  control,
  name,
  label,
  min,
  max,
}: FieldProps<T> & { min: number; max: number }) {
  const id = useId();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Field id={id} label={label} error={fieldState.error?.message}>
          <InputNumber
            id={id}
            value={field.value}
            onChange={(v) => field.onChange(v)}
            onBlur={field.onBlur}
            min={min}
            max={max}
            style={{ width: '100%' }}
          />
        </Field>
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
