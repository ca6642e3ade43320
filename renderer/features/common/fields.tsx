// Labelled form fields bound to react-hook-form. The visible label names the input (for people,
// assistive technology and tests alike); control characters are removed as they arrive, and the
// user is told which field and how many, long enough to read.
import {
  App,
  AutoComplete,
  Checkbox,
  DatePicker,
  InputNumber,
  Radio,
  Select,
  TimePicker,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useId, useMemo, type ChangeEvent, type KeyboardEvent, type ReactNode } from 'react';
import {
  Controller,
  get,
  useFormState,
  type FieldError,
  type Control,
  type ControllerRenderProps,
  type FieldPath,
  type FieldValues,
} from 'react-hook-form';
import { matchesText } from '../../../shared/domain/name-search';
import { sanitizeText } from '../../../shared/domain/text';
import { fieldLabels } from './labels';

type FieldProps<T extends FieldValues> = {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
  hint?: ReactNode;
};

/** Removes control characters from typed or pasted text and says where and how many went. */
export function useTextCleaner() {
  const { message } = App.useApp();
  return (value: string, where: string) => {
    const { text, removed } = sanitizeText(value);
    if (removed > 0)
      void message.warning({
        key: `control-characters-${where}`,
        content: fieldLabels.controlCharactersRemoved(where, removed),
        duration: fieldLabels.noticeSeconds,
      });
    return text;
  };
}

type Input<T extends FieldValues> = {
  id: string;
  /** The label's id, for a group of inputs that a <label> cannot name (aria-labelledby). */
  labelId: string;
  field: ControllerRenderProps<T, FieldPath<T>>;
};

/** One label, one input, its message: the frame every field below shares. */
function LabelledField<T extends FieldValues>({
  control,
  name,
  label,
  hint,
  isGroup = false,
  render,
}: FieldProps<T> & { isGroup?: boolean; render: (input: Input<T>) => ReactNode }) {
  const id = useId();
  const labelId = `${id}-label`;
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <div className="field">
          {isGroup ? (
            <span id={labelId} className="field-label">
              {label}
            </span>
          ) : (
            <label htmlFor={id} id={labelId}>
              {label}
            </label>
          )}
          {render({ id, labelId, field })}
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

/**
 * Text, one line or long (`multiline`: a villager's words, 议定事项), typed at the speed of speech
 * and thousands of characters long: a plain <input> or <textarea> that the form reads and fills
 * itself (react-hook-form's register), so a keystroke renders nothing. Bound through a
 * Controller, antd's Input and TextArea rendered their nest of components on every key and wrote
 * the whole text back into the box. The boxes look like antd's inputs (app.css, .text-box); long
 * text grows with its text (.autogrow).
 */
export function TextField<T extends FieldValues>({
  control,
  name,
  label,
  hint,
  multiline,
  rows = 2,
  placeholder,
}: FieldProps<T> & { multiline?: boolean; rows?: number; placeholder?: string }) {
  const id = useId();
  const clean = useTextCleaner();
  const { onChange, ...registered } = control.register(name);
  const box = {
    id,
    ...registered,
    placeholder,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      const target = event.target;
      const text = clean(target.value, label);
      if (text !== target.value) {
        // What was removed came with this keystroke or paste, before the cursor.
        const removed = target.value.length - text.length;
        const cursor = Math.max(0, (target.selectionStart ?? text.length) - removed);
        target.value = text;
        target.setSelectionRange(cursor, cursor);
      }
      void onChange(event);
    },
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...box} className="text-box autogrow" rows={rows} />
      ) : (
        <input {...box} className="text-box" />
      )}
      <FieldMessage control={control} name={name} />
      {hint}
    </div>
  );
}

/** A field's message, apart from its input: only this re-renders while the form validates. */
function FieldMessage<T extends FieldValues>({
  control,
  name,
}: {
  control: Control<T>;
  name: FieldPath<T>;
}) {
  const { errors } = useFormState({ control, name, exact: true });
  // By path: a field inside a list (cadres.0.names) keeps its message under errors.cadres[0].
  const error: FieldError | undefined = get(errors, name);
  const message = error?.message;
  return typeof message === 'string' ? (
    <div className="field-error" role="alert">
      {message}
    </div>
  ) : null;
}

/**
 * How every list is searched: by what it shows, or by the pinyin initials of it ("zsf" finds
 * 张三丰, name-search.ts).
 */
export const searchByLabel = {
  filterOption: (input: string, option?: { label?: ReactNode }) =>
    matchesText(typeof option?.label === 'string' ? option.label : '', input),
};

/** Tab moves on with what was typed: the list's own Tab would take the highlighted suggestion. */
export function leaveOnTab(event: KeyboardEvent) {
  if (event.key === 'Tab') event.stopPropagation();
}

/**
 * Free text with suggestions. A suggestion replaces what was typed only when the user picks it
 * (arrows and Enter, or a click): none is highlighted by itself, so Enter or Tab keep the text.
 */
export function SuggestField<T extends FieldValues>({
  options,
  ...props
}: FieldProps<T> & { options: readonly string[] }) {
  const clean = useTextCleaner();
  const choices = useMemo(
    () => [...new Set(options)].map((value) => ({ value, label: value })),
    [options],
  );
  return (
    <LabelledField
      {...props}
      render={({ id, field }) => (
        <div onKeyDownCapture={leaveOnTab}>
          <AutoComplete
            id={id}
            value={field.value}
            onChange={(value: string) => field.onChange(clean(value, props.label))}
            onBlur={field.onBlur}
            options={choices}
            defaultActiveFirstOption={false}
            showSearch={searchByLabel}
            style={{ width: '100%' }}
          />
        </div>
      )}
    />
  );
}

/**
 * One of a list, searched by what it shows. `empty` is what an unchosen value is stored as ('' or
 * null); it shows as the placeholder, never as a guess.
 */
export function SelectField<T extends FieldValues>({
  options,
  allowClear,
  empty = null,
  ...props
}: FieldProps<T> & { options: readonly string[]; allowClear?: boolean; empty?: '' | null }) {
  const choices = useMemo(() => options.map((value) => ({ value, label: value })), [options]);
  return (
    <LabelledField
      {...props}
      render={({ id, field }) => (
        <Select
          id={id}
          showSearch={searchByLabel}
          value={field.value === '' || field.value === null ? undefined : field.value}
          placeholder={fieldLabels.notChosen}
          onChange={(value) => field.onChange(value ?? empty)}
          onBlur={field.onBlur}
          allowClear={allowClear}
          options={choices}
          style={{ width: '100%' }}
        />
      )}
    />
  );
}

/** One of a few choices, all in view: for choices whose words are read side by side. */
export function RadioField<T extends FieldValues>({
  options,
  ...props
}: FieldProps<T> & { options: { value: string; label: string }[] }) {
  return (
    <LabelledField
      {...props}
      isGroup
      render={({ id, labelId, field }) => (
        <Radio.Group
          id={id}
          aria-labelledby={labelId}
          value={field.value}
          onChange={(e) => field.onChange(e.target.value)}
          onBlur={field.onBlur}
          options={options}
          vertical
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
