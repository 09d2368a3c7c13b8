import { useEffect, useRef } from 'react';
import type { FieldValues, UseFormSubscribe } from 'react-hook-form';
import type { Assessment } from '../domain/model/types';

/**
 * Every change in a form becomes a change to the assessment (which autosaves): the form is the editor, the
 * assessment the record. `toChange` maps the form's values to that change. The latest callbacks are kept in refs so
 * the subscription is made once, not on every render.
 */
export function useFormChanges<T extends FieldValues>(
  subscribe: UseFormSubscribe<T>,
  onChange: (change: (a: Assessment) => Assessment) => void,
  toChange: (values: T) => (a: Assessment) => Assessment,
): void {
  const latest = useRef({ onChange, toChange });
  useEffect(() => {
    latest.current = { onChange, toChange };
  });
  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ values }) => latest.current.onChange(latest.current.toChange(values)),
      }),
    [subscribe],
  );
}
