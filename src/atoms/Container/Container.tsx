import { forwardRef, type ForwardedRef, type ReactNode } from 'react';
import { cx, reportUnknownValues } from '../../utils';
import { Box, type BoxProps } from '../Box';
import { containerClass, containerWidths, type ContainerMaxWidth } from './Container.styles';

export interface ContainerOwnProps {
  /**
   * The widest the content grows: the `grid.container.*` width of that breakpoint. Below it,
   * the container follows each breakpoint's width; `none` stays fluid (margins only). Written
   * as `data-max-width`, except at the default, which writes none.
   * @default 'xl'
   */
  maxWidth?: ContainerMaxWidth;
  /** The page content, usually a Grid. */
  children?: ReactNode;
}

export interface ContainerProps
  extends ContainerOwnProps, Omit<BoxProps, keyof ContainerOwnProps> {}

/**
 * Centres page content, with the page margins of the current breakpoint (`grid.margin.*`) on
 * both sides and a maximum width per breakpoint (`grid.container.*`). Takes every Box prop too.
 */
export const Container = forwardRef(function Container(
  props: ContainerProps,
  ref: ForwardedRef<HTMLElement>,
) {
  const { maxWidth = 'xl', className, ...rest } = props;
  // Inline NODE_ENV check: production bundles drop the message (see toastStore.ts).
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    reportUnknownValues('Container', { maxWidth: [maxWidth, [...containerWidths, 'none']] });
  }
  return (
    <Box
      {...rest}
      ref={ref}
      className={cx(containerClass, className)}
      data-max-width={maxWidth === 'xl' ? undefined : maxWidth}
    />
  );
});

Container.displayName = 'Container';
