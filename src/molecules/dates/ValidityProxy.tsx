import { useEffect, useRef, type RefObject } from 'react';
import { visuallyHiddenClass } from '../../theme/sharedStyles';

export interface ValidityProxyProps {
  /** Why the value is invalid; empty when it is valid. */
  message: string;
  form: string | undefined;
  /** Where focus goes when the browser shows the message (the field's first segment). */
  focusTarget: RefObject<HTMLElement | null>;
}

/**
 * Stops a native form's submit while a date is invalid, with `message` as the browser's
 * report, as a native date input outside `min`/`max` does. Hidden inputs are not validated,
 * so this is an unnamed `<select>` out of sight (nothing is submitted by it; not an `<input>`,
 * which the field box would size); the browser focuses it to show the message, and it hands
 * focus on to the visible field.
 */
export function ValidityProxy({ message, form, focusTarget }: ValidityProxyProps) {
  const ref = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    ref.current?.setCustomValidity(message);
  });
  return message ? (
    <select
      ref={ref}
      form={form}
      className={visuallyHiddenClass}
      tabIndex={-1}
      aria-hidden="true"
      onFocus={() => focusTarget.current?.focus()}
    />
  ) : null;
}
