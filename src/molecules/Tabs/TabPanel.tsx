import { forwardRef, type HTMLAttributes, type ReactNode } from 'react';
import { cx, devError } from '../../utils';
import { tabPanelClass } from './Tabs.styles';
import { panelId, tabId, useTabs } from './TabsContext';

export interface TabPanelProps extends Omit<HTMLAttributes<HTMLDivElement>, 'hidden'> {
  /** The `value` of the Tab that shows this panel. */
  value: string;
  /** The panel's content: mounted while its tab is selected (or always, with `keepMounted`). */
  children?: ReactNode;
}

/**
 * The content of one tab: `role="tabpanel"`, labelled by its tab, in the Tab order itself so
 * a panel that starts with text is reachable (the APG's advice). Unselected panels are
 * `hidden`, or not rendered at all (Tabs' `keepMounted` and `lazy`). In `linked` Tabs, a
 * plain `<div>` for the current page, rendered only when selected. The ref reaches the `<div>`.
 *
 * @selector .cal-tab-panel — `[hidden]` while its tab is not selected
 */
export const TabPanel = forwardRef<HTMLDivElement, TabPanelProps>(function TabPanel(
  { value, className, children, ...rest },
  ref,
) {
  const tabs = useTabs();
  if (!tabs) {
    if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production')
      devError('TabPanel', 'a TabPanel must be inside <Tabs>; it renders as a plain block.');
    return <div {...rest}>{children}</div>;
  }
  const selected = tabs.value === value;
  if (!selected && (tabs.linked || !tabs.keepMounted || (tabs.lazy && !tabs.visited.has(value)))) {
    return null;
  }
  const panelProps = tabs.linked
    ? {}
    : {
        role: 'tabpanel',
        id: panelId(tabs.baseId, value),
        'aria-labelledby': tabId(tabs.baseId, value),
        tabIndex: 0,
        hidden: !selected,
      };
  return (
    <div {...rest} {...panelProps} ref={ref} className={cx(tabPanelClass, className)}>
      {children}
    </div>
  );
});

TabPanel.displayName = 'TabPanel';
