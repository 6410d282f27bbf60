import {
  createElement,
  forwardRef,
  type CSSProperties,
  type ForwardedRef,
  type HTMLAttributes,
  type ReactElement,
  type ReactNode,
} from 'react';
import { cx, devError, reportUnknownValues } from '../../utils';
import {
  textClass,
  textColors,
  textVariants,
  textWeights,
  type TextColor,
  type TextWeight,
} from './Text.styles';

export type { TextColor, TextWeight } from './Text.styles';

/** The look of the text: one of the typography roles of the tokens. */
export type TextVariant = (typeof textVariants)[number];

export const textElements = [
  'p',
  'span',
  'div',
  'label',
  'strong',
  'em',
  'small',
  'code',
  'li',
  'dt',
  'dd',
  'figcaption',
  'blockquote',
] as const;
/** The element Text renders. Chosen for meaning; the look comes from `variant`. */
export type TextElement = (typeof textElements)[number];

export const textAligns = ['start', 'center', 'end', 'justify'] as const;
export type TextAlign = (typeof textAligns)[number];

/** What Text and Heading share. */
export interface TextStyleProps {
  /**
   * A text or status colour role. `inherit` takes the colour of the surrounding element, so
   * text on an inverse or status surface stays legible without a prop.
   * @default 'inherit'
   * @selector [data-color="primary" | "secondary" | …] — absent at `inherit`
   */
  color?: TextColor;
  /**
   * Overrides the weight of the typography role (e.g. a bold word in body text).
   * @selector [data-weight="regular" | …] — absent when unset
   */
  weight?: TextWeight;
  /**
   * Logical text alignment: `start` is left in LTR and right in RTL. Inherited when unset.
   * @selector [data-align="start" | "center" | "end" | "justify"] — absent when unset
   */
  align?: TextAlign;
  /**
   * Clamps the text to this many lines with an ellipsis. The full text stays in the DOM, so
   * assistive technology reads all of it; a string child is also shown as a `title` tooltip.
   * @selector [data-truncate] — while clamped
   */
  maxLines?: number;
  /** The text. */
  children?: ReactNode;
}

export interface TextProps
  extends TextStyleProps, Omit<HTMLAttributes<HTMLElement>, 'color' | 'children'> {
  /**
   * The typography role: how the text looks. Written as `data-variant`, except at the default
   * `body`, which writes none (the base rule is body text).
   * @default 'body'
   */
  variant?: TextVariant;
  /**
   * The element rendered, chosen for meaning independent of the look: `span` inside a line,
   * `label` for a form label, `strong`/`em` for emphasis, `li`, `dt`/`dd`, `figcaption`…
   * @default 'p'
   */
  as?: TextElement;
  /** The `for` of a `label` element (with `as="label"`). */
  htmlFor?: string;
}

interface TextBaseProps extends Omit<TextProps, 'as'> {
  as: TextElement | 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
  component: string;
}

/**
 * Text and Heading render through this: one place for attributes and truncation. `variant`
 * is written as given: Text passes none at its default `body`, Heading always passes one
 * (its default follows the level, so no single base rule can hold it).
 *
 * The return type is written out: inferred, tsc would spell out every DOM prop of the
 * `createElement` result in the emitted .d.ts, naming @types/react 19-only types
 * (`SubmitEventHandler`, two-argument `ChangeEventHandler`) that break React 18 consumers.
 */
export function renderText(
  {
    as,
    component,
    variant,
    color = 'inherit',
    weight,
    align,
    maxLines,
    className,
    style,
    title,
    children,
    ...rest
  }: TextBaseProps,
  ref: ForwardedRef<HTMLElement>,
): ReactElement {
  // Inline NODE_ENV check: production bundles drop the message (see toastStore.ts).
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    reportUnknownValues(component, {
      variant: [variant, textVariants],
      color: [color, [...textColors, 'inherit']],
      weight: [weight, textWeights],
      align: [align, textAligns],
    });
  }
  let lines: number | undefined;
  if (maxLines !== undefined) {
    if (Number.isInteger(maxLines) && maxLines >= 1) lines = maxLines;
    else devError(component, `\`maxLines\` must be a whole number of at least 1, got ${maxLines}.`);
  }
  const fullText =
    typeof children === 'string' || typeof children === 'number' ? String(children) : undefined;
  return createElement(
    as,
    {
      ...rest,
      ref,
      className: cx(textClass, className),
      style: lines === undefined ? style : ({ ...style, '--_max-lines': lines } as CSSProperties),
      title: title ?? (lines === undefined ? undefined : fullText),
      'data-variant': variant,
      'data-color': color === 'inherit' ? undefined : color,
      'data-weight': weight,
      'data-align': align,
      'data-truncate': lines === undefined ? undefined : '',
    },
    children,
  );
}

/**
 * Text in one of the typography roles. The element (`as`) is chosen for meaning and the look
 * (`variant`) separately, so a `<label>` can read as a caption and a `<span>` as a title.
 * `maxLines` truncates with an ellipsis while keeping the whole text available.
 */
export const Text = forwardRef<HTMLElement, TextProps>(function Text(
  { as = 'p', variant = 'body', ...props },
  ref,
) {
  // Inline NODE_ENV check: production bundles drop the message (see toastStore.ts).
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    reportUnknownValues('Text', { as: [as, textElements] });
  }
  return renderText(
    { ...props, as, variant: variant === 'body' ? undefined : variant, component: 'Text' },
    ref,
  );
});

Text.displayName = 'Text';
