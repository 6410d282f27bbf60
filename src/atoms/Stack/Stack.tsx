import {
  Children,
  forwardRef,
  Fragment,
  isValidElement,
  type ForwardedRef,
  type ReactNode,
} from 'react';
import { cx, reportUnknownValues } from '../../utils';
import { Box, type BoxProps } from '../Box';
import { spaceKeys, type SpaceKey } from '../Box';
import { Divider } from '../Divider';
import { responsiveAttributes, type Responsive } from '../Grid/breakpoints';
import { stackClass } from './Stack.styles';

export type StackDirection = 'column' | 'row';
export const stackAligns = ['start', 'center', 'end', 'stretch', 'baseline'] as const;
export type StackAlign = (typeof stackAligns)[number];
export const stackJustifies = ['start', 'center', 'end', 'between'] as const;
export type StackJustify = (typeof stackJustifies)[number];

export interface StackOwnProps {
  /**
   * The main axis. Responsive: `{ xs: 'column', md: 'row' }` stacks on phones and lines up
   * from the `md` breakpoint.
   * @default 'column'
   */
  direction?: Responsive<StackDirection>;
  /**
   * Space between the items, a `space.*` key.
   * @default '4'
   * @selector [data-gap="0" | "1" | … | "24"] — absent at `4`
   */
  gap?: SpaceKey;
  /**
   * Cross-axis alignment of the items (`align-items`).
   * @default 'stretch'
   * @selector [data-align="start" | "center" | "end" | "baseline"] — absent at `stretch`
   */
  align?: StackAlign;
  /**
   * Distribution along the main axis (`justify-content`); `between` pushes the first and
   * last items to the edges.
   * @default 'start'
   * @selector [data-justify="center" | "end" | "between"] — absent at `start`
   */
  justify?: StackJustify;
  /**
   * Lets the items wrap onto new lines when they do not fit (useful with `direction="row"`).
   * @default false
   * @selector [data-wrap]
   */
  wrap?: boolean;
  /**
   * Draws a decorative Divider between the items (vertical lines in a row). Rendered as `li`
   * when the Stack is a list, so the list stays valid.
   * @default false
   * @selector [data-dividers] — on the Stack; each line is a `[data-part="divider"]` Divider
   */
  dividers?: boolean;
  /** The items. */
  children?: ReactNode;
}

export interface StackProps extends StackOwnProps, Omit<BoxProps, keyof StackOwnProps> {}

function withDividers(children: ReactNode, listItem: boolean): ReactNode {
  const items = Children.toArray(children).filter((child) => child !== '' && child !== null);
  return items.map((child, index) => (
    <Fragment key={isValidElement(child) && child.key !== null ? child.key : index}>
      {index > 0 ? <Divider decorative as={listItem ? 'li' : 'hr'} data-part="divider" /> : null}
      {child}
    </Fragment>
  ));
}

/**
 * Lays out its children in one column (or row) with even gaps from the space scale.
 * Takes every Box prop too (`padding`, `background`, `as`, …). Layout props are data
 * attributes; at their defaults they write none (the base rule is the default layout).
 */
export const Stack = forwardRef(function Stack(props: StackProps, ref: ForwardedRef<HTMLElement>) {
  const {
    direction = 'column',
    gap = '4',
    align = 'stretch',
    justify = 'start',
    wrap = false,
    dividers = false,
    className,
    children,
    ...rest
  } = props;
  // Inline NODE_ENV check: production bundles drop the message (see toastStore.ts).
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    reportUnknownValues('Stack', {
      // A number whose string is a key (`gap={8}`) writes the same attribute: accepted.
      gap: [String(gap), spaceKeys],
      align: [align, stackAligns],
      justify: [justify, stackJustifies],
    });
  }
  const list = rest.as === 'ul' || rest.as === 'ol';
  return (
    <Box
      {...rest}
      {...responsiveAttributes<StackDirection>('direction', direction, 'column')}
      ref={ref}
      className={cx(stackClass, className)}
      data-gap={gap === '4' ? undefined : gap}
      data-align={align === 'stretch' ? undefined : align}
      data-justify={justify === 'start' ? undefined : justify}
      data-wrap={wrap || undefined}
      data-dividers={dividers || undefined}
    >
      {dividers ? withDividers(children, list) : children}
    </Box>
  );
});

Stack.displayName = 'Stack';
