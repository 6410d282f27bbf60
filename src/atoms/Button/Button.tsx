import {
  forwardRef,
  type AnchorHTMLAttributes,
  type ButtonHTMLAttributes,
  type ForwardedRef,
  type ReactElement,
  type ReactNode,
  type RefAttributes,
} from 'react';
import { visuallyHiddenClass } from '../../theme/sharedStyles';
import { cx, devError, reportUnknownValues } from '../../utils';
import { buttonClass } from './Button.styles';

// Written as unions, not derived from the arrays: a type derived by indexed access loses its
// name in compiler errors ('"huge"' is not assignable to type 'ButtonSize' becomes a list of
// members), and consumers read those errors (the release e2e checks this one).
export type ButtonVariant = 'primary' | 'secondary' | 'tertiary' | 'danger';
export type ButtonSize = 'sm' | 'md' | 'lg';
/** Every ButtonVariant, for the development check and the stories. */
export const buttonVariants = [
  'primary',
  'secondary',
  'tertiary',
  'danger',
] as const satisfies readonly ButtonVariant[];
/** Every ButtonSize. */
export const buttonSizes = ['sm', 'md', 'lg'] as const satisfies readonly ButtonSize[];

export interface ButtonOwnProps {
  /**
   * Visual emphasis. One `primary` per view; `danger` for destructive actions.
   * @default 'primary'
   */
  variant?: ButtonVariant;
  /**
   * Height, padding and type size, from the `size.control.*` tokens.
   * @default 'md'
   */
  size?: ButtonSize;
  /**
   * Shows a spinner, keeps the button's width, sets `aria-busy` and ignores activation.
   * @default false
   */
  loading?: boolean;
  /**
   * What assistive technology announces while `loading`.
   * @default 'Loading'
   */
  loadingLabel?: string;
  /** An icon before the label (on the left in LTR, on the right in RTL). Decorative. */
  startIcon?: ReactNode;
  /** An icon after the label. Decorative. */
  endIcon?: ReactNode;
  /**
   * Stretches the button to the width of its container.
   * @default false
   * @selector [data-full-width]
   */
  fullWidth?: boolean;
  /**
   * Turns the button into a toggle: `aria-pressed` is set and the pressed style shown.
   * Leave undefined for an ordinary button.
   * @selector [data-pressed] — while pressed (`aria-pressed="true"`)
   */
  pressed?: boolean;
  /** The label. Required unless `aria-label` or `aria-labelledby` names the button. */
  children?: ReactNode;
}

export interface ButtonAsButtonProps
  extends ButtonOwnProps, Omit<ButtonHTMLAttributes<HTMLButtonElement>, keyof ButtonOwnProps> {
  /** Without `href` the Button is a `<button>`; give one and it renders an `<a>` (ButtonAsLinkProps). */
  href?: undefined;
  /**
   * The native button type. Defaults to `button`, so a Button inside a form never submits it
   * by accident; pass `submit` for the form's submit button.
   * @default 'button'
   */
  type?: 'button' | 'submit' | 'reset';
}

export interface ButtonAsLinkProps
  extends ButtonOwnProps, Omit<AnchorHTMLAttributes<HTMLAnchorElement>, keyof ButtonOwnProps> {
  /** Renders an `<a>` that looks like a button: for navigation, not actions. */
  href: string;
  /**
   * A disabled link cannot be followed: the `href` is dropped and `aria-disabled` set.
   * @default false
   */
  disabled?: boolean;
}

export type ButtonProps = ButtonAsButtonProps | ButtonAsLinkProps;

/**
 * For the docs table only. react-docgen-typescript documents the first overload, the link
 * form, where `href` is required: the table read `href*`, as if every Button needed one.
 * Intersected there, this second, optional declaration changes no type (`string` and
 * `string | undefined` intersect to a required `string`), but docgen marks a prop optional
 * when any of its declarations is.
 */
interface ButtonHrefDocs {
  /** Renders an `<a>` that looks like a button: for navigation, not actions. */
  href?: string;
}

/**
 * Overloads give `ref` the right element type for each form. The button form comes last:
 * `ComponentProps<typeof Button>` (and so Storybook's args) infers from the last overload.
 */
export interface ButtonComponent {
  (
    props: ButtonAsLinkProps & ButtonHrefDocs & RefAttributes<HTMLAnchorElement>,
  ): ReactElement | null;
  (props: ButtonAsButtonProps & RefAttributes<HTMLButtonElement>): ReactElement | null;
  displayName?: string;
}

function hasAccessibleName(props: ButtonProps): boolean {
  const { children } = props;
  const hasChildren =
    children !== undefined && children !== null && children !== false && children !== '';
  return hasChildren || Boolean(props['aria-label'] || props['aria-labelledby']);
}

/**
 * Triggers an action, or navigates when given `href`. Variant, size and state are exposed
 * as `data-*` attributes (`data-variant`, `data-size`, `data-loading`, `data-full-width`,
 * `data-pressed`) for styling and tests; the defaults (`primary`, `md`, false) write none.
 */
export const Button = forwardRef(function Button(
  props: ButtonProps,
  ref: ForwardedRef<HTMLButtonElement | HTMLAnchorElement>,
) {
  // Inline NODE_ENV check: production bundles drop the messages (see toastStore.ts).
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    if (!hasAccessibleName(props)) {
      devError(
        'Button',
        'a button needs an accessible name. Give it a text label, or `aria-label` when it shows only an icon.',
      );
    }
    reportUnknownValues('Button', {
      variant: [props.variant, buttonVariants],
      size: [props.size, buttonSizes],
    });
  }
  return renderButton(props, ref);
}) as ButtonComponent;

Button.displayName = 'Button';

/**
 * Button's markup without its name check, for components that are a Button and check the
 * name themselves (IconButton names it by `label`), so misuse is reported once, by the
 * component the developer wrote. Not exported from the package.
 */
export function renderButton(
  props: ButtonProps,
  ref: ForwardedRef<HTMLButtonElement | HTMLAnchorElement>,
) {
  const {
    variant = 'primary',
    size = 'md',
    loading = false,
    loadingLabel = 'Loading',
    startIcon,
    endIcon,
    fullWidth = false,
    pressed,
    className,
    children,
    ...rest
  } = props;

  const common = {
    className: cx(buttonClass, className),
    'data-variant': variant === 'primary' ? undefined : variant,
    'data-size': size === 'md' ? undefined : size,
    'data-loading': loading || undefined,
    'data-full-width': fullWidth || undefined,
    'data-pressed': pressed || undefined,
    'aria-busy': loading || undefined,
  };

  // A plain label is passed as the only child, so React writes it as the element's text
  // instead of creating a fragment and a text node for each of a page's buttons.
  const decorated = Boolean(startIcon || endIcon || loading);
  const content = !decorated ? (
    children
  ) : (
    <>
      {startIcon ? (
        <span data-part="icon" aria-hidden="true">
          {startIcon}
        </span>
      ) : null}
      {children}
      {endIcon ? (
        <span data-part="icon" aria-hidden="true">
          {endIcon}
        </span>
      ) : null}
      {loading ? <span data-part="spinner" aria-hidden="true" /> : null}
    </>
  );

  // Spoken when loading starts. A live region must exist before its text changes, so it is
  // rendered whenever the caller manages `loading` (even as false), and only then: a plain
  // button pays for no extra node. It sits beside the button, whose content is not announced.
  // Without it, the button is returned alone; when it appears, React reconciles the
  // unkeyed fragment as its children, so the button keeps its DOM node and focus.
  const status =
    props.loading === undefined ? null : (
      <span role="status" className={visuallyHiddenClass}>
        {loading ? loadingLabel : ''}
      </span>
    );

  const element = rest.href !== undefined ? renderAnchor() : renderNativeButton();
  return status ? (
    <>
      {element}
      {status}
    </>
  ) : (
    element
  );

  function renderAnchor() {
    const { disabled = false, href, onClick, ...anchorProps } = rest as ButtonAsLinkProps;
    const inert = disabled || loading;
    return (
      <a
        {...anchorProps}
        {...common}
        ref={ref as ForwardedRef<HTMLAnchorElement>}
        href={inert ? undefined : href}
        role={inert ? 'link' : anchorProps.role}
        aria-disabled={inert || undefined}
        onClick={inert ? (event) => event.preventDefault() : onClick}
      >
        {content}
      </a>
    );
  }

  function renderNativeButton() {
    const { type = 'button', disabled, onClick, ...buttonProps } = rest as ButtonAsButtonProps;
    return (
      <button
        {...buttonProps}
        {...common}
        ref={ref as ForwardedRef<HTMLButtonElement>}
        type={type}
        disabled={disabled}
        aria-pressed={pressed}
        // A loading button stays focusable (focus is not thrown away mid-action) but inert.
        aria-disabled={loading || undefined}
        onClick={loading ? (event) => event.preventDefault() : onClick}
      >
        {content}
      </button>
    );
  }
}
