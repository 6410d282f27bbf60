import { createContext, useRef, type KeyboardEvent } from 'react';
import { useOverlayTrigger, type OverlayTriggerProps, type OverlayTriggerState } from '../overlay';

/** Which item takes focus when the menu opens: ArrowUp opens it at the last one. */
export type MenuFocusStrategy = 'first' | 'last';

export interface MenuTriggerState extends OverlayTriggerState {
  /** Which item the opening Menu focuses; reading it resets it to `first`. */
  takeFocusStrategy: () => MenuFocusStrategy;
}

/**
 * Open state a MenuTrigger shares with the Menu inside it. The Menu resets it for its own
 * content, so a Menu opened from a Dialog inside an item's action is not driven by it.
 */
export const MenuTriggerContext = createContext<MenuTriggerState | null>(null);
// Named in development only (React DevTools); production bundles drop the name.
if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
  MenuTriggerContext.displayName = 'CallicratesMenuTrigger';
}

export interface MenuTriggerProps extends OverlayTriggerProps {
  /**
   * Two children: first the button that opens the menu, then the Menu. The button gets
   * `aria-haspopup="menu"`, `aria-expanded`, `aria-controls` while open, a press that
   * toggles the menu, and ArrowDown/ArrowUp that open it at the first or last item; its own
   * `onClick`, `onKeyDown` and ref are kept. A disabled or `loading` button opens nothing.
   */
  children: OverlayTriggerProps['children'];
}

/**
 * ArrowDown and ArrowUp open the menu (APG menu button); Enter and Space click the button. A
 * disabled button, or one that says `aria-disabled="true"` (a `loading` Button, which also
 * swallows its clicks), opens nothing.
 */
function openByArrow(
  event: KeyboardEvent<HTMLElement>,
  state: OverlayTriggerState,
  focusStrategyRef: { current: MenuFocusStrategy },
) {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  if (event.currentTarget.matches(':disabled,[aria-disabled="true"]')) return;
  event.preventDefault();
  focusStrategyRef.current = event.key === 'ArrowUp' ? 'last' : 'first';
  state.setOpen(true);
}

/**
 * Opens a Menu from a button (the APG menu button pattern), the shape of DialogTrigger and
 * PopoverTrigger: `<MenuTrigger><Button>Actions</Button><Menu items={…} onAction={…} /></MenuTrigger>`.
 * A press, Enter or Space toggles the menu and focuses its first item; ArrowDown opens it at
 * the first item, ArrowUp at the last. DropdownButton and SplitButton are built on it.
 */
export function MenuTrigger(props: MenuTriggerProps) {
  const focusStrategyRef = useRef<MenuFocusStrategy>('first');
  const { state, children } = useOverlayTrigger(props, {
    component: 'MenuTrigger',
    toggle: true,
    controls: true,
    popup: 'menu',
    onKeyDown: (event, state) => openByArrow(event, state, focusStrategyRef),
  });
  const menuState: MenuTriggerState = {
    ...state,
    takeFocusStrategy: () => {
      const strategy = focusStrategyRef.current;
      focusStrategyRef.current = 'first';
      return strategy;
    },
  };
  return <MenuTriggerContext.Provider value={menuState}>{children}</MenuTriggerContext.Provider>;
}
