import { createContext, useContext } from 'react';

export const tabsOrientations = ['horizontal', 'vertical'] as const;
export type TabsOrientation = (typeof tabsOrientations)[number];
export const tabsActivations = ['automatic', 'manual'] as const;
export type TabsActivation = (typeof tabsActivations)[number];
export const tabsSizes = ['sm', 'md', 'lg'] as const;
export type TabsSize = (typeof tabsSizes)[number];

/** What Tabs shares with its TabList, Tab and TabPanel children. */
export interface TabsContextValue {
  /** `useId()` of the Tabs: tab and panel ids are built from it and the tab's value. */
  baseId: string;
  /** The selected tab's value. */
  value: string | undefined;
  /** The tab in the Tab order: the selected one, or the first enabled one when none is. */
  focusable: string | undefined;
  select: (value: string) => void;
  orientation: TabsOrientation;
  activation: TabsActivation;
  linked: boolean;
  keepMounted: boolean;
  lazy: boolean;
  /** Values selected at least once, so a `lazy` panel stays mounted after its first visit. */
  visited: Set<string>;
}

export const TabsContext = createContext<TabsContextValue | null>(null);

/**
 * The enclosing Tabs, or null outside one (reported by the caller, which renders its content
 * plainly rather than crash).
 */
export const useTabs = () => useContext(TabsContext);

/**
 * Ids from the Tabs' id and the value. A value may hold characters an id reference cannot
 * (a space ends it), so it is percent-encoded: `"Q3 report"` → `…-tab-Q3%20report`.
 */
export const tabId = (baseId: string, value: string) =>
  `${baseId}-tab-${encodeURIComponent(value)}`;
export const panelId = (baseId: string, value: string) =>
  `${baseId}-panel-${encodeURIComponent(value)}`;
