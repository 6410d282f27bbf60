import {
  forwardRef,
  useContext,
  useMemo,
  useRef,
  type HTMLAttributes,
  type ReactElement,
  type Ref,
  type RefAttributes,
  type RefObject,
} from 'react';
import { devError, reportUnknownValues, useBrowserLayoutEffect } from '../../utils';
import type { CollectionKey } from '../collection';
import {
  isFocusable,
  OverlayPortal,
  tabbables,
  useControllableState,
  useOverlaySurface,
  type OverlayPlacement,
} from '../overlay';
import { MenuRootContext, menuSizes, type MenuRoot, type MenuSize } from './menuContext';
import { checkedAfter, type MenuEntry, type MenuLevel, type MenuNode } from './menuModel';
import { MenuPopup } from './MenuPopup';
import { MenuTriggerContext } from './MenuTrigger';

/** Where a menu opens: a side of its button, aligned to its start or end edge. */
export const menuPlacements = [
  'bottom-start',
  'bottom-end',
  'top-start',
  'top-end',
  'start-start',
  'end-start',
] as const satisfies readonly OverlayPlacement[];
export type MenuPlacement = (typeof menuPlacements)[number];

export interface MenuOwnProps<V extends CollectionKey> {
  /**
   * The items in display order: `{ value, label, … }` items (actions, links with `href`,
   * `kind: 'checkbox' | 'radio'`, submenus with `items`), sections `{ label, items }` and
   * separators `{ separator: true }`. Keep the array stable (a constant or `useMemo`).
   */
  items: ReadonlyArray<MenuEntry<V>>;
  /** Called with the item's `value` when an item is chosen (checkbox and radio items too). */
  onAction?: (value: V) => void;
  /**
   * The checked checkbox and radio items, controlled. Pair it with `onValueChange`.
   */
  value?: readonly V[];
  /**
   * The checked checkbox and radio items at first, when uncontrolled.
   * @default []
   */
  defaultValue?: readonly V[];
  /** Called with every checked value when a checkbox or radio item is chosen. */
  onValueChange?: (value: V[]) => void;
  /**
   * Whether choosing an item closes the menu. Left out, actions, links and radio items close
   * it and checkbox items keep it open (as react-aria-components, where several can be
   * toggled in a row). An item's own `closeOnSelect` wins over this.
   */
  closeOnSelect?: boolean;
  /**
   * Where the menu opens. It flips to the other side when there is no room; `start` and
   * `end` follow the writing direction. Submenus open at the end side (left in RTL).
   * @default 'bottom-start'
   * @selector [data-placement] — the placement used, after any flip
   */
  placement?: MenuPlacement;
  /**
   * Item density (the control sizes, as Select's options).
   * @default 'md'
   * @selector [data-size="sm" | "lg"]
   */
  size?: MenuSize;
  /** Whether the menu is open, controlled. Usually left to a MenuTrigger. */
  open?: boolean;
  /**
   * Whether the menu starts open, when uncontrolled.
   * @default false
   */
  defaultOpen?: boolean;
  /** Called with the new state when the menu opens or closes. */
  onOpenChange?: (open: boolean) => void;
  /**
   * The element the menu is anchored to when it is not in a MenuTrigger; focus returns
   * there on close.
   */
  anchorRef?: RefObject<HTMLElement | null>;
}

export type MenuProps<V extends CollectionKey = CollectionKey> = MenuOwnProps<V> &
  Omit<
    HTMLAttributes<HTMLDivElement>,
    keyof MenuOwnProps<V> | 'defaultValue' | 'onChange' | 'children' | 'role' | 'popover'
  >;

function warnAboutMisuse<V extends CollectionKey>(props: MenuProps<V>, triggered: boolean) {
  if (!Array.isArray(props.items)) {
    devError('Menu', '`items` must be an array of items, sections and separators.');
  }
  if (!triggered && !props.anchorRef) {
    devError(
      'Menu',
      'a menu needs a button: put it in a MenuTrigger after its button, or pass `anchorRef`.',
    );
  }
  if (props.open !== undefined && !props.onOpenChange && !triggered) {
    devError(
      'Menu',
      '`open` is set without `onOpenChange`: Escape, Tab and a choice cannot close it. Handle `onOpenChange`, or use a MenuTrigger.',
    );
  }
  if (props.value !== undefined && !Array.isArray(props.value)) {
    devError('Menu', '`value` is the array of checked item values.');
  }
  reportUnknownValues('Menu', {
    placement: [props.placement, menuPlacements],
    size: [props.size, menuSizes],
  });
}

const noValues: readonly CollectionKey[] = [];

/**
 * What Tab reaches after the button, within its open dialog (the rest of the page is inert)
 * or else the document; the button itself when nothing follows.
 */
function tabbableAfter(button: HTMLElement): HTMLElement {
  const scope = button.closest('dialog[open]') ?? button.ownerDocument.body;
  return (
    tabbables(scope).find(
      (element) =>
        !button.contains(element) &&
        !element.closest('[role="menu"]') &&
        // 4: Node.DOCUMENT_POSITION_FOLLOWING, which the minifier cannot inline.
        Boolean(button.compareDocumentPosition(element) & 4),
    ) ?? button
  );
}

/**
 * A list of actions opened from a button (the APG menu button and menu patterns): actions,
 * links, checkbox and radio items, sections with headings, separators, shortcuts shown,
 * descriptions, icons, disabled items and submenus. Open it with a MenuTrigger (or use
 * DropdownButton or SplitButton); `onAction(value)` runs the chosen item.
 *
 * Keyboard: on the button, Enter, Space and ArrowDown open the menu at its first item,
 * ArrowUp at its last. In the menu, DOM focus moves between items: ArrowDown/ArrowUp (they
 * wrap), Home/End, typing jumps to an item; Enter or Space choose (a link follows on Enter);
 * ArrowRight (ArrowLeft in RTL) opens a submenu, ArrowLeft (ArrowRight in RTL) or Escape
 * closes it back to its item; Escape closes the menu and focus returns to the button; Tab
 * closes it and moves on from the button. A submenu also opens when the pointer rests on its
 * item, and stays open while the pointer travels diagonally toward it. In a Dialog, Escape
 * and a press outside close the menu alone.
 *
 * @selector .cal-menu — each `role="menu"` popup (root and submenus `[data-submenu]`), with
 * `[data-placement]`, `[data-size]`, `[data-exiting]`; items `[data-menu-item]` (roles
 * `menuitem`, `menuitemcheckbox`, `menuitemradio`) with `[aria-checked]`,
 * `[aria-disabled="true"]`, `[data-open]` (its submenu is open), `[data-kind]`; parts
 * `[data-part="check" | "icon" | "label" | "description" | "shortcut" | "submenu" | "section" | "heading" | "separator"]`
 */
function MenuInner<V extends CollectionKey>(props: MenuProps<V>, ref: Ref<HTMLDivElement>) {
  const {
    items,
    onAction,
    value,
    defaultValue,
    onValueChange,
    closeOnSelect,
    placement = 'bottom-start',
    size = 'md',
    open,
    defaultOpen,
    onOpenChange,
    anchorRef,
    ...rest
  } = props;
  const trigger = useContext(MenuTriggerContext);
  // Inline NODE_ENV check: production bundles drop the messages (see toastStore.ts).
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
    warnAboutMisuse(props, trigger !== null);
  }
  const {
    mounted,
    exiting,
    requestClose,
    ref: surfaceRef,
  } = useOverlaySurface<HTMLDivElement>({ open, defaultOpen, onOpenChange }, trigger, ref);
  const [checked, setChecked] = useControllableState<readonly CollectionKey[]>(
    value,
    defaultValue ?? noValues,
    onValueChange as ((next: readonly CollectionKey[]) => void) | undefined,
  );
  const anchor = (anchorRef ?? trigger?.triggerRef) as RefObject<HTMLElement | null> | undefined;
  const latest = useRef({ checked, onAction, closeOnSelect });
  // Updated after each render, before any event can run: `choose` reads the latest props.
  useBrowserLayoutEffect(() => {
    latest.current = { checked, onAction, closeOnSelect };
  });

  const root = useMemo<MenuRoot>(() => {
    const closeAll = (focus: 'trigger' | 'next' | 'none') => {
      const button = anchor?.current;
      const target =
        !button || focus === 'none' ? null : focus === 'next' ? tabbableAfter(button) : button;
      if (target && isFocusable(target)) target.focus();
      requestClose();
    };
    return {
      checked,
      size,
      closeAll,
      choose: (node: MenuNode, level: MenuLevel) => {
        const state = latest.current;
        if (node.kind !== 'action') setChecked(checkedAfter(state.checked, node, level));
        const close = node.item.closeOnSelect ?? state.closeOnSelect ?? node.kind !== 'checkbox';
        // A link navigates on this click: close after it, so the <a> is still in the page.
        if (close && node.item.href !== undefined) window.setTimeout(() => closeAll('none'));
        else if (close) closeAll('trigger');
        state.onAction?.(node.value as V);
      },
    };
    // `requestClose` is a new function each render but always does the same.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [checked, size, anchor, setChecked]);

  if (!mounted) return null;
  return (
    <OverlayPortal>
      <MenuRootContext.Provider value={root}>
        <MenuPopup
          {...(rest as HTMLAttributes<HTMLDivElement>)}
          ref={surfaceRef}
          id={rest.id ?? trigger?.overlayId}
          entries={items as ReadonlyArray<MenuEntry>}
          anchorRef={anchor ?? noAnchor}
          placement={placement}
          depth={0}
          initialFocus={trigger?.takeFocusStrategy ?? 'first'}
          exiting={exiting}
          onDismiss={requestClose}
          insideAbove={(target) => Boolean(anchor?.current?.contains(target))}
        />
      </MenuRootContext.Provider>
    </OverlayPortal>
  );
}

const noAnchor: RefObject<HTMLElement | null> = { current: null };

/**
 * A menu of actions opened from a button. Generic over the value type: `<Menu<number> … />`,
 * or inferred from `items` and `onAction`.
 */
export const Menu = forwardRef(MenuInner) as (<V extends CollectionKey = CollectionKey>(
  props: MenuProps<V> & RefAttributes<HTMLDivElement>,
) => ReactElement | null) & { displayName?: string };

// Named in development only (React DevTools); production bundles drop the name.
if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production') {
  Menu.displayName = 'Menu';
}
