import { forwardRef, useMemo, useRef, useState, type MouseEvent } from 'react';
import { cx, mergeRefs, useBrowserLayoutEffect } from '../../utils';
import {
  FieldAction,
  FieldControl,
  type FieldControlProps,
  type FieldControlSize,
} from '../FieldControl';
import { EyeIcon, EyeOffIcon } from '../Icon';
import { passwordFieldClass } from './PasswordField.styles';

export type PasswordFieldSize = FieldControlSize;

export interface PasswordFieldProps extends Omit<
  FieldControlProps,
  'component' | 'type' | 'suffix' | 'children'
> {
  /**
   * The browser's password manager hint: `'current-password'` for sign-in,
   * `'new-password'` for sign-up and password change (lets the manager suggest a strong one).
   * @default 'current-password'
   */
  autoComplete?: 'current-password' | 'new-password' | 'off' | (string & {});
  /**
   * Shows the password as plain text initially (uncontrolled visibility).
   * @default false
   */
  defaultVisible?: boolean;
  /** Shows the password as plain text (controlled visibility); pair with `onVisibleChange`. */
  visible?: boolean;
  /** Called with the new visibility when the user presses the toggle. */
  onVisibleChange?: (visible: boolean) => void;
  /**
   * The toggle's accessible name (translate it here); its `aria-pressed` says whether the
   * password is shown, so the name stays the same in both states.
   * @default 'Show password'
   */
  toggleLabel?: string;
}

/**
 * A password input with a show/hide toggle. Everything else is as in TextField: label,
 * description, error, count, sizes, controlled or uncontrolled, `name` and ref on the <input>.
 * The toggle keeps focus and the caret in the input when pressed with a pointer.
 *
 * @selector .cal-field-control — the box around the input; `[data-size]`, `[data-readonly]`
 */
export const PasswordField = forwardRef<HTMLInputElement, PasswordFieldProps>(
  function PasswordField(
    {
      autoComplete = 'current-password',
      defaultVisible = false,
      visible: visibleProp,
      onVisibleChange,
      toggleLabel = 'Show password',
      disabled,
      className,
      ...rest
    },
    forwardedRef,
  ) {
    const inputRef = useRef<HTMLInputElement | null>(null);
    const ref = useMemo(() => mergeRefs(inputRef, forwardedRef), [forwardedRef]);
    const [uncontrolledVisible, setUncontrolledVisible] = useState(defaultVisible);
    const visible = visibleProp ?? uncontrolledVisible;
    // Switching `type` can move the caret to the end in some browsers: remember and restore it.
    const selection = useRef<[number | null, number | null] | null>(null);

    useBrowserLayoutEffect(() => {
      const input = inputRef.current;
      const saved = selection.current;
      selection.current = null;
      if (!input || !saved || input.ownerDocument.activeElement !== input) return;
      input.setSelectionRange(saved[0], saved[1]);
    }, [visible]);

    const toggle = () => {
      const input = inputRef.current;
      if (input && input.ownerDocument.activeElement === input) {
        selection.current = [input.selectionStart, input.selectionEnd];
      }
      if (visibleProp === undefined) setUncontrolledVisible(!visible);
      onVisibleChange?.(!visible);
    };

    // A pointer press must not take focus from the input (the box also refocuses it).
    const keepFocus = (event: MouseEvent<HTMLButtonElement>) => event.preventDefault();

    return (
      <FieldControl
        {...rest}
        component="PasswordField"
        ref={ref}
        className={cx(passwordFieldClass, className)}
        type={visible ? 'text' : 'password'}
        autoComplete={autoComplete}
        autoCapitalize="off"
        autoCorrect="off"
        spellCheck={false}
        disabled={disabled}
        suffix={
          <FieldAction
            component="PasswordField"
            aria-label={toggleLabel}
            aria-pressed={visible}
            disabled={disabled}
            onMouseDown={keepFocus}
            onClick={toggle}
            icon={visible ? <EyeOffIcon size="sm" /> : <EyeIcon size="sm" />}
          />
        }
      />
    );
  },
);

PasswordField.displayName = 'PasswordField';
