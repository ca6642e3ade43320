// A form that saves itself: every valid change is queued and written within ~150 ms, an invalid
// field keeps what was typed on screen with its message and is simply not written, and changes
// made elsewhere (another window) flow in without overwriting what is being typed here.
import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useEffect, useRef } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { useSaveTracker } from '../../app/save-status';

export const autosaveDelayMs = 150;

type Options<TValues extends FieldValues> = {
  values: TValues;
  /** Changes when the stored record changes (its revision). */
  version: string | number;
  schema: z.ZodObject;
  save: (patch: Partial<TValues>) => Promise<unknown>;
};

export function useAutosaveForm<TValues extends FieldValues>({
  values,
  version,
  schema,
  save,
}: Options<TValues>) {
  const tracker = useSaveTracker();
  const form = useForm<TValues>({
    defaultValues: values as DefaultValues<TValues>,
    resolver: zodResolver(schema) as unknown as Resolver<TValues>,
    mode: 'onChange',
  });
  const pending = useRef<Partial<TValues>>({});
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef({ save, values, tracker });
  useEffect(() => {
    latest.current = { save, values, tracker };
  });

  // Saves run one after another: a later change must never be overtaken by an earlier save
  // that is still being written.
  const writing = useRef<Promise<void>>(Promise.resolve());

  const flush = useCallback(() => {
    if (timer.current === null) return writing.current;
    clearTimeout(timer.current);
    timer.current = null;
    const patch = pending.current;
    pending.current = {};
    writing.current = writing.current.then(async () => {
      try {
        await latest.current.save(patch);
        latest.current.tracker.end();
      } catch (error) {
        latest.current.tracker.end(error);
      }
    });
    return writing.current;
  }, []);

  useEffect(() => {
    const subscription = form.watch((all, { name }) => {
      if (!name) return;
      const key = name.split('.')[0] as keyof TValues & string;
      const fieldSchema = schema.shape[key] as z.ZodType | undefined;
      if (!fieldSchema?.safeParse(all[key]).success) {
        delete pending.current[key];
        return;
      }
      pending.current[key] = all[key];
      if (timer.current === null) latest.current.tracker.begin();
      else clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), autosaveDelayMs);
    });
    return () => subscription.unsubscribe();
  }, [form, schema, flush]);

  // Another window (or our own save) changed the record: take its values for every field that
  // is not being edited here.
  useEffect(() => {
    form.reset(latest.current.values, { keepDirtyValues: true, keepErrors: true });
  }, [form, version]);

  useEffect(() => {
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      void flush();
    };
  }, [flush]);

  return form;
}
