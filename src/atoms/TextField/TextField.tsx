import { forwardRef } from 'react';
import { FieldControl, type FieldControlProps, type FieldControlSize } from '../FieldControl';

export type TextFieldSize = FieldControlSize;

export type TextFieldProps = Omit<FieldControlProps, 'component' | 'children'>;

/**
 * A single-line text input with label, description, error message and optional
 * prefix, suffix and character count. Controlled (`value` + `onChange`) or uncontrolled
 * (`defaultValue`); `name` makes it submit with a native form. The ref reaches the <input>.
 * The anatomy and behaviour live in `FieldControl`, shared with PasswordField and SearchField.
 *
 * @selector .cal-field-control — the box around the input; `[data-size]`, `[data-readonly]`
 */
export const TextField = forwardRef<HTMLInputElement, TextFieldProps>(
  function TextField(props, ref) {
    return <FieldControl component="TextField" {...props} ref={ref} />;
  },
);

TextField.displayName = 'TextField';
