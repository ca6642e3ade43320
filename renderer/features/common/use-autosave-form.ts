// A form that saves itself. Only what the user changes is written: a field's change event (or
// `change()` for a value set by a button) queues that field, while values that arrive from the
// database (our own saves, another window) are merely shown, never written back. The queue
// (autosave-queue.ts) writes a change once typing pauses and at most autosaveTiming.maxWaitMs
// after it was made, at once when a field loses focus or the page is hidden or closed, keeps a
// failed write pending and retries it. An invalid field keeps what was typed on screen with its
// message and is not written; while any is, the form reports itself unsaved. Only the field
// changed is checked, once per change (a resolver parsed the whole form on every key, a
// 6,000-character description with it). What an input method is still composing is neither
// checked nor written: the field is queued when the composition ends or the box loses focus.
import { useCallback, useEffect, useId, useMemo, useRef } from 'react';
import {
  useForm,
  type DefaultValues,
  type FieldPath,
  type FieldPathValue,
  type FieldValues,
} from 'react-hook-form';
import type { z } from 'zod';
import { useSaveTracker } from '../../app/save-status';
import { createAutosaveQueue, type AutosaveQueue } from './autosave-queue';
import { composing, mountForm, queues } from './autosave-forms';

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

type Options<TValues extends FieldValues> = {
  /** The stored values; the form shows them until the user edits a field. */
  values: TValues;
  /** Changes when the stored record changes (its revision). */
  version: string | number;
  schema: z.ZodObject;
  /** Writes the changed fields (top-level keys), all in one transaction. */
  save: (patch: Partial<TValues>) => Promise<unknown>;
};

export function useAutosaveForm<TValues extends FieldValues>({
  values,
  version,
  schema,
  save,
}: Options<TValues>) {
  const tracker = useSaveTracker();
  const source = useId();
  const form = useForm<TValues>({
    defaultValues: values as DefaultValues<TValues>,
  });
  const latest = useRef({ save, values, tracker, mounted: true });
  useEffect(() => {
    latest.current = { ...latest.current, save, values, tracker };
  });

  /** Fields whose text on screen breaks their rule, so is not stored. */
  const invalid = useRef(new Set<string>());
  const queue = useRef<AutosaveQueue<TValues> | null>(null);
  const reportState = useCallback(() => {
    const state = queue.current?.state() ?? { pending: false, error: null };
    // A form that is gone keeps retrying its last changes and reports until they are stored.
    const done = !latest.current.mounted && !state.pending && state.error === null;
    latest.current.tracker.report(
      source,
      done ? null : { ...state, invalid: invalid.current.size > 0 },
    );
  }, [source]);
  queue.current ??= createAutosaveQueue<TValues>({
    write: (patch) => latest.current.save(patch),
    onState: () => reportState(),
  });

  /** Check one top-level field: queue it if valid, else show its rule's message. */
  const enqueue = useCallback(
    (key: keyof TValues & string) => {
      const name = key as FieldPath<TValues>;
      const value = form.getValues(name) as TValues[typeof key];
      const fieldSchema = schema.shape[key] as z.ZodType | undefined;
      if (!fieldSchema) return;
      const result = fieldSchema.safeParse(value);
      const wasInvalid = invalid.current.has(key);
      if (result.success) {
        invalid.current.delete(key);
        queue.current?.change(key, value);
        if (wasInvalid) form.clearErrors(name);
      } else {
        invalid.current.add(key);
        form.setError(name, { type: 'validate', message: result.error.issues[0]?.message });
      }
      if (result.success === wasInvalid) reportState();
    },
    [form, schema, reportState],
  );

  // While a Chinese input method composes, the box holds its letters (zhang) until a character is
  // chosen: a change made by such an input event waits, and its field is queued when the
  // composition ends or the box loses focus (a box taken away mid-composition ends nothing).
  const composed = useRef(new Set<keyof TValues & string>());
  useEffect(() => {
    const subscription = form.watch((_all, { name, type }) => {
      // Only the user's own edits: reset() and setValue() report no event type.
      if (!name || type !== 'change') return;
      const key = name.split('.')[0] as keyof TValues & string;
      if (composing()) composed.current.add(key);
      else enqueue(key);
    });
    const unmount = mountForm({
      release: () => {
        const keys = [...composed.current];
        composed.current.clear();
        for (const key of keys) enqueue(key);
      },
      // A focus change also writes at once, as does the page being hidden or closed.
      flush: () => void queue.current?.flush(),
    });
    return () => {
      subscription.unsubscribe();
      unmount();
    };
  }, [form, enqueue]);

  // The stored record changed (another window, or our own save): show its values in every field
  // that is not being edited here and does not show them already. Only those fields are touched,
  // so our own save of what was typed touches none. This writes nothing.
  const applied = useRef(values);
  useEffect(() => {
    const stored = latest.current.values;
    for (const key of Object.keys(stored) as (keyof TValues & string)[]) {
      const before = applied.current[key];
      if (same(stored[key], before)) continue;
      const shown = form.getValues(key as FieldPath<TValues>);
      // A field changed here and not yet stored keeps what was typed. One that already shows the
      // stored value is left alone: a reset makes every field of the form render again.
      if (same(shown, before) && !same(shown, stored[key])) {
        form.resetField(key as FieldPath<TValues>, {
          defaultValue: stored[key],
          keepError: true,
        });
      }
    }
    applied.current = stored;
  }, [form, version]);

  useEffect(() => {
    latest.current.mounted = true;
    const mine = queue.current;
    if (mine) queues.add(mine);
    return () => {
      latest.current.mounted = false;
      void queue.current?.flush().then(() => {
        const state = queue.current?.state();
        if (state && !state.pending && state.error === null && !latest.current.mounted) {
          latest.current.tracker.report(source, null);
          if (mine) queues.delete(mine);
        }
      });
    };
  }, [source]);

  /** Set a field as the user would (a preset button): it is shown, validated and saved. */
  const change = useCallback(
    <K extends FieldPath<TValues>>(name: K, value: FieldPathValue<TValues, K>) => {
      form.setValue(name, value, { shouldDirty: true });
      enqueue(name.split('.')[0] as keyof TValues & string);
    },
    [form, enqueue],
  );
  const flush = useCallback(() => queue.current?.flush() ?? Promise.resolve(), []);

  return useMemo(() => Object.assign(form, { change, flush }), [form, change, flush]);
}
