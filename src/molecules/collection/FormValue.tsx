import { useEffect, useRef, type RefObject } from 'react';
import { visuallyHiddenClass } from '../../theme/sharedStyles';
import type { CollectionKey } from './collection';

export interface FormValueProps {
  /** The form field name; without it nothing renders. */
  name: string | undefined;
  /** The `form` attribute, for a list outside its form element. */
  form: string | undefined;
  values: readonly CollectionKey[];
  multiple: boolean;
  disabled: boolean | undefined;
  /**
   * Takes part in the form's constraint validation: an empty required list stops a native
   * submit, and the browser's message points at it.
   */
  required: boolean | undefined;
  /** Where focus goes when the browser reports the list invalid (its trigger, or the list). */
  focusTarget: RefObject<HTMLElement | null>;
}

/**
 * How a list submits with a native form: one hidden input per chosen value under `name` (so
 * `FormData.getAll(name)` lists a multiple selection, as a `<select multiple>` does), or one
 * empty value for a single list with nothing chosen (as an empty text field submits). None
 * when disabled, as the platform does.
 *
 * Hidden inputs are not validated, so a `required` list adds a `<select required>` out of
 * sight, without a name, holding one option when something is chosen: the browser then blocks
 * the submit and shows its own "select an item" message. The browser focuses it to show the
 * message; it hands focus on to the visible control.
 */
export function FormValue({
  name,
  form,
  values,
  multiple,
  disabled,
  required,
  focusTarget,
}: FormValueProps) {
  const proxyRef = useRef<HTMLSelectElement>(null);
  const filled = values.length > 0;
  // A reset puts the proxy back to its default option; the list restores its value after,
  // so set the proxy from the value after every render rather than trusting React's diff.
  useEffect(() => {
    if (proxyRef.current) proxyRef.current.value = filled ? 'filled' : '';
  });
  if (disabled) return null;
  const submitted = name ? (multiple ? values : filled ? values.slice(0, 1) : ['']) : [];
  return (
    <>
      {submitted.map((value, index) => (
        <input key={index} type="hidden" name={name} form={form} value={String(value)} />
      ))}
      {required ? (
        <select
          ref={proxyRef}
          className={visuallyHiddenClass}
          form={form}
          required
          tabIndex={-1}
          aria-hidden="true"
          defaultValue={filled ? 'filled' : ''}
          onFocus={() => focusTarget.current?.focus()}
        >
          <option value="" />
          {filled ? <option value="filled" /> : null}
        </select>
      ) : null}
    </>
  );
}

/**
 * Calls `onReset` after the form that owns `element` is reset (`form.reset()`, a reset
 * button), once the browser has restored its controls: a list then returns to its default.
 */
export function useFormReset(
  element: RefObject<HTMLElement | null>,
  onReset: () => void,
  formId: string | undefined,
): void {
  const latest = useRef(onReset);
  useEffect(() => {
    latest.current = onReset;
  });
  useEffect(() => {
    const target = element.current as (HTMLElement & { form?: HTMLFormElement | null }) | null;
    const owner =
      target?.form ??
      (formId ? target?.ownerDocument.getElementById(formId) : target?.closest('form'));
    if (!(owner instanceof HTMLFormElement)) return;
    const handle = () => queueMicrotask(() => latest.current());
    owner.addEventListener('reset', handle);
    return () => owner.removeEventListener('reset', handle);
  }, [element, formId]);
}
