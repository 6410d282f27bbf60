import { forwardRef, type ForwardedRef, type ReactNode } from 'react';
import { cx, devError, isDev } from '../../utils';
import { Box, spaceKeys, type BoxProps, type SpaceKey } from '../Box';
import type { StackAlign, StackJustify } from '../Stack';
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
  if (isDev && !(spaceKeys as readonly string[]).includes(gap)) {
    devError(
      'Inline',
      `\`gap\` takes a space scale key (${spaceKeys.join(', ')}); "${gap}" has no style.`,
    );
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
