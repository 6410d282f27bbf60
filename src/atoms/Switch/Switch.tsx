import { forwardRef, type InputHTMLAttributes, type ReactNode } from 'react';
import { cx, reportUnchangeable, reportUnknownValues } from '../../utils';
import { ChoiceControl } from '../ChoiceControl';
import { useField } from '../Field';
import { switchClass } from './Switch.styles';

export const switchSizes = ['sm', 'md', 'lg'] as const;
export type SwitchSize = (typeof switchSizes)[number];
export const switchLabelPlacements = ['end', 'start'] as const;
export type SwitchLabelPlacement = (typeof switchLabelPlacements)[number];

export interface SwitchProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'size' | 'type' | 'role' | 'children'
> {
  /** The visible label. Required: a switch without an accessible name is a dev-time error. */
  label: ReactNode;
  /**
   * Hides the label on screen; assistive technology still reads it.
   * @default false
   */
  hideLabel?: boolean;
  /**
   * The side of the track the label sits on, in reading order: `end` after the track,
   * `start` before it (settings lists). Logical, so it mirrors in RTL.
   * @default 'end'
   * @selector [data-label-placement="start"] — on the outer element; absent at `end`
   */
  labelPlacement?: SwitchLabelPlacement;
  /** Helper text under the label, read after it. */
  description?: ReactNode;
  /** An error message. Setting it marks the switch invalid (`aria-invalid`) and describes it. */
  error?: ReactNode;
  /**
   * Marks the switch invalid without a message here.
   * @default Boolean(error)
   */
  invalid?: boolean;
  /**
   * Track and type size.
   * @default 'md'
   */
  size?: SwitchSize;
  /**
   * The value submitted under `name` while the switch is on (nothing is submitted when off).
   * @default 'on'
   */
  value?: string;
  /**
   * Prevents toggling while keeping the switch focusable and submitted (`aria-readonly`).
   * @default false
   */
  readOnly?: boolean;
  /** Class name for the outer element (track and text). */
  className?: string;
}

/**
 * An on/off setting that applies at once: a native `<input type="checkbox" role="switch">`
 * drawn as a track and thumb. Controlled (`checked` + `onChange`) or uncontrolled
 * (`defaultChecked`); `name` submits `value` when on. The ref reaches the <input>.
 */
export const Switch = forwardRef<HTMLInputElement, SwitchProps>(function Switch(
  {
    labelPlacement = 'end',
    size = 'md',
    className,
    disabled,
    readOnly = false,
    required,
    ...inputProps
  },
  ref,
) {
  // Inline NODE_ENV check: production bundles drop the message (see toastStore.ts).
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    reportUnchangeable(
      'Switch',
      { ...inputProps, readOnly, disabled },
      'checked',
      'onChange',
      true,
    );
    reportUnknownValues('Switch', {
      labelPlacement: [labelPlacement, switchLabelPlacements],
      size: [size, switchSizes],
    });
  }
  // Id, label, description, error, invalid and the caller's ARIA: useField reads what it knows.
  const ids = useField({ component: 'Switch', ...inputProps });

  return (
    <ChoiceControl
      {...inputProps}
      ref={ref}
      type="checkbox"
      role="switch"
      className={cx(switchClass, className)}
      ids={ids}
      requiredMarker={required}
      size={size}
      rootAttributes={{
        'data-label-placement': labelPlacement === 'end' ? undefined : labelPlacement,
      }}
      invalid={ids.invalid}
      disabled={disabled}
      readOnly={readOnly}
      required={required}
      aria-readonly={readOnly || undefined}
      aria-invalid={ids.invalid || undefined}
      indicator={
        <span data-part="track" aria-hidden="true">
          <span data-part="thumb" />
        </span>
      }
    />
  );
});

Switch.displayName = 'Switch';
