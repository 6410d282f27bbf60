import { forwardRef, type ForwardedRef, type ReactNode } from 'react';
import { cx, reportUnknownValues } from '../../utils';
import { Box, spaceKeys, type BoxProps, type SpaceKey } from '../Box';
import { stackAligns, stackJustifies, type StackAlign, type StackJustify } from '../Stack/Stack';
import { inlineClass } from './Inline.styles';

export type InlineAlign = StackAlign;
export type InlineJustify = StackJustify;

export interface InlineOwnProps {
  /**
   * Space between the items, across and down, a `space.*` key.
   * @default '2'
   * @selector [data-gap="0" | "1" | … | "24"] — absent at `2`
   */
  gap?: SpaceKey;
  /**
   * Vertical alignment of the items in each line (`align-items`).
   * @default 'center'
   * @selector [data-align="start" | "end" | "stretch" | "baseline"] — absent at `center`
   */
  align?: InlineAlign;
  /**
   * Distribution of the items in each line (`justify-content`).
   * @default 'start'
   * @selector [data-justify="center" | "end" | "between"] — absent at `start`
   */
  justify?: InlineJustify;
  /** The items. */
  children?: ReactNode;
}

export interface InlineProps extends InlineOwnProps, Omit<BoxProps, keyof InlineOwnProps> {}

/**
 * A horizontal cluster that wraps onto new lines when it runs out of room: tags, actions,
 * metadata. Takes every Box prop too. Layout props are data attributes; at their defaults
 * they write none (the base rule is the default layout).
 */
export const Inline = forwardRef(function Inline(
  props: InlineProps,
  ref: ForwardedRef<HTMLElement>,
) {
  const { gap = '2', align = 'center', justify = 'start', className, ...rest } = props;
  // Inline NODE_ENV check: production bundles drop the message (see toastStore.ts).
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    reportUnknownValues('Inline', {
      // A number whose string is a key (`gap={8}`) writes the same attribute: accepted.
      gap: [String(gap), spaceKeys],
      align: [align, stackAligns],
      justify: [justify, stackJustifies],
    });
  }
  return (
    <Box
      {...rest}
      ref={ref}
      className={cx(inlineClass, className)}
      data-gap={gap === '2' ? undefined : gap}
      data-align={align === 'center' ? undefined : align}
      data-justify={justify === 'start' ? undefined : justify}
    />
  );
});

Inline.displayName = 'Inline';
