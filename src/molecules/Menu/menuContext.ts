import { createContext } from 'react';
import type { CollectionKey } from '../collection';
import type { MenuLevel, MenuNode } from './menuModel';

/** Item density: the control sizes (`size.control.*`), as Select's and ListBox's options. */
export const menuSizes = ['sm', 'md', 'lg'] as const;
export type MenuSize = (typeof menuSizes)[number];

/** What every level of one menu (the root and its submenus) shares. */
export interface MenuRoot {
  /** The checked checkbox and radio items. */
  checked: readonly CollectionKey[];
  /**
   * Runs an item: updates the checked values, closes the whole menu when it should (focus
   * back on the trigger first, so a Dialog opened by the action returns focus there), then
   * calls `onAction`.
   */
  choose: (node: MenuNode, level: MenuLevel) => void;
  /**
   * Closes every level. Focus moves first to the trigger (`trigger`: an action, Shift+Tab),
   * to what follows the trigger in tab order (`next`: Tab), or is left alone (`none`).
   */
  closeAll: (focus: 'trigger' | 'next' | 'none') => void;
  size: MenuSize;
}

export const MenuRootContext = createContext<MenuRoot | null>(null);
// Named in development only (React DevTools); production bundles drop the name.
if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
  MenuRootContext.displayName = 'CallicratesMenuRoot';
}
