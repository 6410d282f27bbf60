import { useId, type ReactNode } from 'react';
import { devError } from '../../utils';

export interface FieldOptions {
  /** Component name used in development messages. */
  component: string;
  id?: string | undefined;
  label?: ReactNode;
  description?: ReactNode;
  error?: ReactNode;
  invalid?: boolean | undefined;
  'aria-label'?: string | undefined;
  'aria-labelledby'?: string | undefined;
  'aria-describedby'?: string | undefined;
  /** The control shows a character count, which describes it after the error message. */
  withCount?: boolean | undefined;
  /**
   * Content given to the control, which has none (an `<input>` cannot hold children): the
   * control drops it, and useField reports it, so `<Checkbox>Accept</Checkbox>` says what to
   * write instead of crashing the page.
   */
  children?: ReactNode;
}

export interface FieldIds {
  inputId: string;
  labelId: string;
  descriptionId: string | undefined;
  errorId: string | undefined;
  countId: string | undefined;
  /** The full `aria-describedby` value: description, error, count, then the caller's own. */
  describedBy: string | undefined;
  invalid: boolean;
}

const isEmpty = (node: ReactNode) =>
  node === undefined || node === null || node === false || node === '';

/**
 * Ids and ARIA wiring shared by every form control: label, description, error message.
 * Reports a control that has no accessible name in development.
 */
export function useField(options: FieldOptions): FieldIds {
  const generatedId = useId();
  const inputId = options.id ?? `cal-field${generatedId.replace(/:/g, '')}`;
  const descriptionId = isEmpty(options.description) ? undefined : `${inputId}-description`;
  const errorId = isEmpty(options.error) ? undefined : `${inputId}-error`;
  const countId = options.withCount ? `${inputId}-count` : undefined;
  const describedBy =
    [descriptionId, errorId, countId, options['aria-describedby']].filter(Boolean).join(' ') ||
    undefined;

  // Inline NODE_ENV checks: production bundles drop the message text (see toastStore.ts).
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    if (isEmpty(options.label) && !options['aria-label'] && !options['aria-labelledby']) {
      devError(
        options.component,
        'a form control needs an accessible name. Pass `label` (add `hideLabel` to hide it visually) or `aria-labelledby`.',
      );
    }
    if (!isEmpty(options.children)) {
      devError(
        options.component,
        '`children` is not rendered: a form control holds no content. Pass its text as `label`.',
      );
    }
  }

  return {
    inputId,
    labelId: `${inputId}-label`,
    descriptionId,
    errorId,
    countId,
    describedBy,
    invalid: options.invalid ?? errorId !== undefined,
  };
}
