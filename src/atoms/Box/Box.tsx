import { forwardRef, type ForwardedRef, type HTMLAttributes } from 'react';
import { cx, reportUnknownValues } from '../../utils';
import {
  backgroundRoles,
  boxBorders,
  boxClass,
  elevationKeys,
  radiusKeys,
  spaceKeys,
  textRoles,
  type BoxBackground,
  type BoxBorder,
  type BoxColor,
  type BoxElevation,
  type BoxRadius,
  type SpaceKey,
} from './Box.styles';

export const boxElements = [
  'div',
  'section',
  'article',
  'aside',
  'header',
  'footer',
  'main',
  'nav',
  'span',
  'ul',
  'ol',
  'li',
] as const;
/**
 * The elements a Box (and the layout components built like it) can render. A short list of
 * intrinsic tags on purpose: no generic polymorphism, so the props type stays one plain
 * interface and type-checking stays fast. Every tag here is an `HTMLElement` with no special
 * attributes of its own.
 */
export type BoxElement = (typeof boxElements)[number];

export interface BoxOwnProps {
  /**
   * The element to render.
   * @default 'div'
   */
  as?: BoxElement;
  /**
   * Padding on all sides, a `space.*` key.
   * @selector [data-padding="0" | "1" | … | "24"]
   */
  padding?: SpaceKey;
  /**
   * Padding at the inline start and end (left and right in LTR); wins over `padding`.
   * @selector [data-padding-inline="0" | "1" | … | "24"]
   */
  paddingInline?: SpaceKey;
  /**
   * Padding at the block start and end (top and bottom); wins over `padding`.
   * @selector [data-padding-block="0" | "1" | … | "24"]
   */
  paddingBlock?: SpaceKey;
  /**
   * Margin on all sides, a `space.*` key.
   * @selector [data-margin="0" | "1" | … | "24"]
   */
  margin?: SpaceKey;
  /**
   * Margin at the inline start and end; wins over `margin`.
   * @selector [data-margin-inline="0" | "1" | … | "24"]
   */
  marginInline?: SpaceKey;
  /**
   * Margin at the block start and end; wins over `margin`.
   * @selector [data-margin-block="0" | "1" | … | "24"]
   */
  marginBlock?: SpaceKey;
  /**
   * Background colour role, `color.bg.*`. `inverse` also switches the text to
   * `color.text.inverse` unless `color` says otherwise.
   * @selector [data-background="canvas" | "surface" | "raised" | "sunken" | "inverse"]
   */
  background?: BoxBackground;
  /**
   * Text colour role, `color.text.*`. Inherited by the content.
   * @selector [data-color="primary" | "secondary" | "inverse" | "disabled"]
   */
  color?: BoxColor;
  /**
   * Corner radius, `radius.*`.
   * @selector [data-radius="none" | "sm" | "md" | "lg" | "xl" | "full"]
   */
  radius?: BoxRadius;
  /**
   * Shadow, `elevation.*`. Pair a raised elevation with `background="raised"`.
   * @selector [data-elevation="none" | "sm" | "md" | "lg" | "xl"]
   */
  elevation?: BoxElevation;
  /**
   * A thin border in `color.border.subtle` or `color.border.strong`.
   * @selector [data-border="subtle" | "strong"]
   */
  border?: BoxBorder;
}

export interface BoxProps
  extends BoxOwnProps, Omit<HTMLAttributes<HTMLElement>, keyof BoxOwnProps> {}

/**
 * A space key as its attribute writes it: `padding={4}` becomes `data-padding="4"`, which the
 * rule for `'4'` matches, so a number whose string is a key is no mistake. Development only.
 */
const asKey = (value: unknown) => (value === undefined ? value : String(value));

/**
 * The styled base element: a `div` (or another element from `as`) whose style props take token
 * keys only. Each prop is written as a data attribute (`data-padding="4"`) that a static rule
 * reads, so rendering a Box costs no style work.
 *
 * @selector .cal-box — the element; each style prop set is `[data-<kebab-prop>]` holding its key
 * (`paddingInline="4"` → `[data-padding-inline="4"]`); a prop left unset writes none
 */
export const Box = forwardRef(function Box(props: BoxProps, ref: ForwardedRef<HTMLElement>) {
  const {
    as = 'div',
    padding,
    paddingInline,
    paddingBlock,
    margin,
    marginInline,
    marginBlock,
    background,
    color,
    radius,
    elevation,
    border,
    className,
    ...rest
  } = props;
  // Inline NODE_ENV check: production bundles drop the message (see toastStore.ts).
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    reportUnknownValues('Box', {
      as: [as, boxElements],
      padding: [asKey(padding), spaceKeys],
      paddingInline: [asKey(paddingInline), spaceKeys],
      paddingBlock: [asKey(paddingBlock), spaceKeys],
      margin: [asKey(margin), spaceKeys],
      marginInline: [asKey(marginInline), spaceKeys],
      marginBlock: [asKey(marginBlock), spaceKeys],
      background: [background, backgroundRoles],
      color: [color, textRoles],
      radius: [radius, radiusKeys],
      elevation: [elevation, elevationKeys],
      border: [border, boxBorders],
    });
  }
  // One cast at the boundary: every BoxElement is a plain HTMLElement, and typing the tag as
  // one element keeps TypeScript from intersecting the props of twelve element types.
  const Element = as as 'div';
  return (
    <Element
      {...rest}
      ref={ref as ForwardedRef<HTMLDivElement>}
      className={cx(boxClass, className)}
      data-padding={padding}
      data-padding-inline={paddingInline}
      data-padding-block={paddingBlock}
      data-margin={margin}
      data-margin-inline={marginInline}
      data-margin-block={marginBlock}
      data-background={background}
      data-color={color}
      data-radius={radius}
      data-elevation={elevation}
      data-border={border}
    />
  );
});

Box.displayName = 'Box';
