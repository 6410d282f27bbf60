import {
  Children,
  forwardRef,
  isValidElement,
  useId,
  useRef,
  type HTMLAttributes,
  type ReactNode,
} from 'react';
import { cx, devError, reportUnchangeable, reportUnknownValues } from '../../utils';
import { useControllableState } from '../overlay/useControllableState';
import { Tab } from './Tab';
import { TabPanel } from './TabPanel';
import { tabsClass } from './Tabs.styles';
import {
  tabsActivations,
  TabsContext,
  tabsOrientations,
  tabsSizes,
  type TabsActivation,
  type TabsContextValue,
  type TabsOrientation,
  type TabsSize,
} from './TabsContext';

export interface TabsProps extends Omit<
  HTMLAttributes<HTMLDivElement>,
  'defaultValue' | 'onChange'
> {
  /** The selected tab's `value` (controlled). Use with `onValueChange`. */
  value?: string;
  /**
   * The tab selected at first (uncontrolled). When the selected tab goes later (removed or
   * disabled), the first Tab that is not disabled is shown.
   * @default the first Tab that is not disabled
   */
  defaultValue?: string;
  /** Called with the newly selected tab's `value`. */
  onValueChange?: (value: string) => void;
  /**
   * Tabs in a row above the panels, or in a column beside them. Arrow keys follow: Left and
   * Right (mirrored in right-to-left text), or Up and Down.
   * @default 'horizontal'
   * @selector [data-orientation="vertical"]
   */
  orientation?: TabsOrientation;
  /**
   * `automatic`: an arrow key selects the tab it moves to (the APG's recommendation when panels
   * show at once). `manual`: arrows only move focus, Enter or Space selects; for panels that
   * load slowly or cost much to render.
   * @default 'automatic'
   */
  activation?: TabsActivation;
  /**
   * Tab height, padding and type size, from the `size.control.*` tokens.
   * @default 'md'
   * @selector [data-size="sm" | "lg"]
   */
  size?: TabsSize;
  /**
   * Keeps the panels of unselected tabs mounted, hidden: their state (a half-filled form, a
   * scroll position) survives a switch, and find-in-page and server HTML include them. Off,
   * only the selected panel is in the DOM.
   * @default true
   */
  keepMounted?: boolean;
  /**
   * Renders a panel only once its tab is first selected, then keeps it (with `keepMounted`),
   * for panels that are expensive to render.
   * @default false
   */
  lazy?: boolean;
  /**
   * Tabs that navigate: each Tab is a link (`href`, or a router link through `as`/`to`) in a
   * `<nav>` landmark named by the TabList, the selected one `aria-current="page"`, and its
   * content is the page the URL shows. Arrow keys do not apply: links sit in the Tab order,
   * as in Primer's UnderlineNav and MUI's navigation tabs. Pass the current route as `value`.
   * @default false
   * @selector [data-linked]
   */
  linked?: boolean;
  /** A TabList, then one TabPanel per Tab. */
  children?: ReactNode;
}

/**
 * The values of the enabled Tabs in the tree, in order, read while rendering (so server HTML
 * already shows a selected tab): the default selection and the roving tabindex's fallback
 * come from it. It does not look inside a Tab or a TabPanel, so the walk stays as small as
 * the tab list; Tabs wrapped in the caller's own components are not seen (then give
 * `defaultValue`).
 */
function enabledTabValues(node: ReactNode, found: string[] = []): string[] {
  for (const child of Children.toArray(node)) {
    if (!isValidElement<{ value?: unknown; disabled?: boolean; children?: ReactNode }>(child))
      continue;
    const { type, props } = child;
    if (type === Tab) {
      if (!props.disabled && typeof props.value === 'string') found.push(props.value);
    } else if (type !== TabPanel) enabledTabValues(props.children, found);
  }
  return found;
}

/**
 * A set of layered panels, one shown at a time, each chosen by its tab (WAI-ARIA APG tabs):
 * `<Tabs>` holds the state, `<TabList>` the tabs, `<Tab>` each tab, `<TabPanel>` each panel,
 * matched by `value`. Arrow keys move between tabs (Left/Right or Up/Down, mirrored in
 * right-to-left text; Home and End), disabled tabs are skipped, Tab moves into the panel.
 * A horizontal list that overflows scrolls, with scroll buttons at its ends.
 *
 * @selector .cal-tabs — the root `<div>`, which receives the ref and any native prop
 * @selector [data-orientation="vertical"], [data-size="sm" | "lg"], [data-linked]
 */
export const Tabs = forwardRef<HTMLDivElement, TabsProps>(function Tabs(
  {
    value: valueProp,
    defaultValue,
    onValueChange,
    orientation = 'horizontal',
    activation = 'automatic',
    size = 'md',
    keepMounted = true,
    lazy = false,
    linked = false,
    className,
    children,
    ...rest
  },
  ref,
) {
  const enabled = enabledTabValues(children);
  const [state, select] = useControllableState<string | undefined>(
    valueProp,
    defaultValue ?? enabled[0],
    onValueChange as ((value: string | undefined) => void) | undefined,
  );
  // The roving tabindex needs one tab in the Tab order: the selected one, or, when the value
  // matches no enabled tab, the first enabled tab, or the keyboard could not get in.
  const focusable = !enabled.length || enabled.includes(state as string) ? state : enabled[0];
  // Uncontrolled Tabs whose selected tab went (removed or disabled since) show the first
  // enabled one, as react-aria's do, rather than no panel at all.
  const value = valueProp ?? focusable;
  // Inline NODE_ENV check: production bundles drop the messages (see toastStore.ts).
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    reportUnknownValues('Tabs', {
      orientation: [orientation, tabsOrientations],
      activation: [activation, tabsActivations],
      size: [size, tabsSizes],
    });
    // Linked tabs navigate: the next page's render brings the new `value`, whatever it is.
    if (!linked) {
      reportUnchangeable('Tabs', { value: valueProp, onValueChange }, 'value', 'onValueChange');
      // A tab chosen by the user that went since is not the caller's mistake; a controlled
      // value or a default that matches no enabled tab is.
      if (focusable !== state && (valueProp !== undefined || state === defaultValue)) {
        devError(
          'Tabs',
          `no enabled Tab has the selected value ${JSON.stringify(state)}: give \`value\` or \`defaultValue\` the value of a Tab that is not disabled.`,
        );
      }
    }
  }
  const baseId = useId();
  // Remembered during render, so a lazy panel renders in the very render that first selects it.
  const visited = useRef(new Set<string>()).current;
  if (value !== undefined) visited.add(value);

  // Not memoised: it changes whenever Tabs renders for its own state, and when the caller
  // re-renders Tabs, the tabs and panels it passes render again anyway.
  const context: TabsContextValue = {
    baseId,
    value,
    focusable,
    select,
    orientation,
    activation,
    linked,
    keepMounted,
    lazy,
    visited,
  };

  return (
    <div
      {...rest}
      ref={ref}
      className={cx(tabsClass, className)}
      data-orientation={orientation === 'vertical' ? orientation : undefined}
      data-size={size === 'md' ? undefined : size}
      data-linked={linked || undefined}
    >
      <TabsContext.Provider value={context}>{children}</TabsContext.Provider>
    </div>
  );
});

Tabs.displayName = 'Tabs';
