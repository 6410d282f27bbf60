import {
  forwardRef,
  useContext,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type HTMLAttributes,
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
  type RefObject,
} from 'react';
import { cx, mergeRefs } from '../../utils';
import { createTypeAhead, isTypeAheadKey, type CollectionKey } from '../collection';
import {
  anchorOverlay,
  captureFocusReturn,
  hideFromTopLayer,
  OverlayPortal,
  showInTopLayer,
  useOverlayLayer,
  type OverlayPlacement,
} from '../overlay';
import { headingForSubmenu, SUBMENU_GRACE, SUBMENU_OPEN_DELAY, type Point } from './hoverIntent';
import { MenuRootContext } from './menuContext';
import type { MenuFocusStrategy } from './MenuTrigger';
import { MenuItemView } from './MenuItemView';
import { menuLevel, nextEnabled, type MenuEntry, type MenuNode } from './menuModel';
import { menuClass } from './Menu.styles';

export interface MenuPopupProps extends HTMLAttributes<HTMLDivElement> {
  entries: ReadonlyArray<MenuEntry>;
  /** The trigger (root) or the parent item (submenu): placement and focus return. */
  anchorRef: RefObject<Element | null>;
  placement: OverlayPlacement;
  /** 0 for the root menu, 1 for its submenus, … */
  depth: number;
  /**
   * Which item takes focus on mount, read once; `none` leaves focus where it is (a
   * hover-opened submenu). The root level is given its trigger's `takeFocusStrategy`.
   */
  initialFocus: MenuFocusStrategy | 'none' | (() => MenuFocusStrategy);
  exiting: boolean;
  /** Escape, or ArrowLeft (ArrowRight in RTL) in a submenu: close this level. */
  onDismiss: () => void;
  /** Whether a node belongs to one of the levels above (a press there is not outside). */
  insideAbove: (target: Node) => boolean;
}

type Timer = ReturnType<typeof setTimeout>;

interface OpenSubmenu {
  value: CollectionKey;
  focus: MenuFocusStrategy | 'none';
}

const enabledItem = (menu: Element | null, which: MenuFocusStrategy) => {
  const enabled =
    menu?.querySelectorAll<HTMLElement>('[data-menu-item]:not([aria-disabled="true"])') ?? [];
  return enabled[which === 'first' ? 0 : enabled.length - 1];
};

/**
 * One level of a menu: the root popup or a submenu. A `role="menu"` in the top layer
 * (`popover="manual"`), placed by anchorOverlay, on the overlay stack (Escape and a press
 * outside reach the topmost level only, so a Menu in a Dialog closes alone). DOM focus moves
 * between its items (APG roving focus); a submenu renders as a child level in the same portal
 * scope and is anchored to its item. The root level (depth 0) is also named by its button and
 * gives focus back to it on close.
 */
export const MenuPopup = forwardRef<HTMLDivElement, MenuPopupProps>(function MenuLevel(
  {
    entries,
    anchorRef,
    placement,
    depth,
    initialFocus,
    exiting,
    onDismiss,
    insideAbove,
    className,
    onKeyDown,
    onPointerLeave,
    ...native
  },
  forwardedRef,
) {
  const root = useContext(MenuRootContext);
  const level = menuLevel(entries);
  const levelId = useId();
  const menuRef = useRef<HTMLDivElement>(null);
  const ref = useMemo(() => mergeRefs(menuRef, forwardedRef), [forwardedRef]);
  const [typeAhead] = useState(() => createTypeAhead());
  const [focusOnOpen] = useState(() =>
    typeof initialFocus === 'function' ? initialFocus() : initialFocus,
  );
  const restoreFocus = useRef<() => void>(undefined);
  const [submenu, setSubmenu] = useState<OpenSubmenu | null>(null);
  // The open submenu as event handlers and timers see it (state lags until the next render).
  const openSub = useRef<OpenSubmenu | null>(null);
  // The item the open submenu is anchored to (set when it opens, read by its placement).
  const submenuAnchor = useRef<HTMLElement | null>(null);
  const submenuRef = useRef<HTMLDivElement>(null);
  // Hover intent: the pointer's last point and item, and the submenu's open and grace timers.
  const pointer = useRef<{
    last?: Point;
    hovered?: CollectionKey | null;
    open?: Timer;
    grace?: Timer;
  }>({});
  const closeAll = () => root?.closeAll('none');

  const items = () =>
    Array.from(menuRef.current?.querySelectorAll<HTMLElement>('[data-menu-item]') ?? []);
  const itemOf = (node: MenuNode) => items()[node.index];
  const focusIndex = (index: number) => items()[index]?.focus();
  const clearTimers = () => {
    clearTimeout(pointer.current.open);
    clearTimeout(pointer.current.grace);
  };

  useLayoutEffect(() => {
    const menu = menuRef.current;
    if (!menu) return;
    showInTopLayer(menu);
    return () => hideFromTopLayer(menu);
  }, []);

  useLayoutEffect(() => {
    const menu = menuRef.current;
    const anchor = anchorRef.current;
    if (!menu || !anchor) return;
    // A submenu's `end-start` aligns its first item with its parent item: the popup's padding
    // is taken back by a negative gap the tokens cannot say, so a zero gap is used.
    return anchorOverlay(anchor, menu, { placement, gap: depth > 0 ? 'space.0' : 'space.1' });
  }, [anchorRef, placement, depth]);

  useEffect(() => clearTimers, []);

  useOverlayLayer(!exiting, {
    onEscape: onDismiss,
    onPointerDownOutside: closeAll,
    isInside: (event) => {
      const target = event.target as Node;
      return Boolean(menuRef.current?.contains(target) || insideAbove(target));
    },
  });

  useLayoutEffect(() => {
    const menu = menuRef.current;
    const button = anchorRef.current;
    if (!menu) return;
    if (focusOnOpen !== 'none') {
      (enabledItem(menu, focusOnOpen) ?? menu).focus({ preventScroll: true });
    }
    // The root level: named by its button (APG) unless the caller named it, and focus back to
    // the button (or the nearest reachable place) when it starts to close or unmounts.
    if (depth) return;
    if (button && !menu.hasAttribute('aria-label') && !menu.hasAttribute('aria-labelledby')) {
      if (!button.id) button.id = levelId;
      menu.setAttribute('aria-labelledby', button.id);
    }
    const focusReturn = captureFocusReturn(menu.ownerDocument, button);
    restoreFocus.current = () => focusReturn.restore(menu);
    return restoreFocus.current;
    // On open only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useLayoutEffect(() => {
    if (exiting) restoreFocus.current?.();
  }, [exiting]);

  const openSubmenu = (node: MenuNode, focus: MenuFocusStrategy | 'none') => {
    clearTimers();
    if (openSub.current?.value === node.value) {
      // Already open (hovered): the keyboard moves into it.
      if (focus !== 'none') enabledItem(submenuRef.current, focus)?.focus();
      return;
    }
    openSub.current = { value: node.value, focus };
    submenuAnchor.current = itemOf(node) ?? null;
    setSubmenu(openSub.current);
  };

  const closeSubmenu = (focusParent: boolean) => {
    const open = openSub.current;
    if (!open) return;
    openSub.current = null;
    setSubmenu(null);
    // Back to its item (the same element while it is keyed by the same value).
    if (focusParent) submenuAnchor.current?.focus();
  };

  const activate = (node: MenuNode, keyboard: boolean) => {
    if (node.disabled || !root) return;
    if (node.items) openSubmenu(node, keyboard ? 'first' : 'none');
    else root.choose(node, level);
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    onKeyDown?.(event);
    const menu = menuRef.current;
    const target = event.target as Element;
    // Keys from a submenu bubble here through React's tree (the portal): not this level's.
    if (event.defaultPrevented || !menu || target.closest('[role="menu"]') !== menu) return;
    if (event.nativeEvent.isComposing) return;
    const all = items();
    const index = all.indexOf(target as HTMLElement);
    const node = index >= 0 ? level.nodes[index] : undefined;
    const rtl = getComputedStyle(menu).direction === 'rtl';
    const { key } = event;
    if (event.altKey || event.ctrlKey || event.metaKey) {
      return;
    }
    if (key === 'ArrowDown' || key === 'ArrowUp') {
      event.preventDefault();
      typeAhead.reset();
      focusIndex(nextEnabled(level.nodes, index, key === 'ArrowDown' ? 1 : -1));
    } else if (key === 'Home' || key === 'End') {
      event.preventDefault();
      typeAhead.reset();
      focusIndex(nextEnabled(level.nodes, -1, key === 'Home' ? 1 : -1));
    } else if (key === (rtl ? 'ArrowLeft' : 'ArrowRight')) {
      event.preventDefault();
      if (node && !node.disabled && node.items) openSubmenu(node, 'first');
    } else if (key === (rtl ? 'ArrowRight' : 'ArrowLeft')) {
      event.preventDefault();
      if (depth > 0) onDismiss();
    } else if (key === 'Tab') {
      // APG: Tab closes the menu and moves on. The menu is portalled to the end of the page,
      // so Tab behaves as if it sat right after its button: Tab goes to what follows the
      // button, Shift+Tab back to the button.
      event.preventDefault();
      root?.closeAll(event.shiftKey ? 'trigger' : 'next');
    } else if (key === 'Enter' || (key === ' ' && !typeAhead.searching())) {
      if (!node) return;
      // Enter on a link is the browser's own: it clicks the <a>, and the click chooses it.
      if (key === 'Enter' && target instanceof HTMLAnchorElement && target.href) return;
      event.preventDefault();
      if (target instanceof HTMLAnchorElement && target.href && !node.disabled) target.click();
      else activate(node, true);
    } else if (isTypeAheadKey(event)) {
      event.preventDefault();
      const found = typeAhead.type(key, level.nodes, index);
      if (found >= 0) focusIndex(found);
    }
  };

  const handleClick = (node: MenuNode, event: MouseEvent<HTMLElement>) => {
    if (node.disabled) {
      event.preventDefault();
      return;
    }
    activate(node, event.detail === 0);
  };

  /** Hover intent: a submenu opens after a rest, and a pointer heading for it keeps it open. */
  const hover = (node: MenuNode, point: Point, grace: boolean) => {
    const state = pointer.current;
    const previous = state.last;
    state.last = point;
    state.hovered = node.value;
    const open = openSub.current;
    const sub = submenuRef.current;
    clearTimeout(state.grace);
    if (grace && open && open.value !== node.value && sub && previous) {
      if (headingForSubmenu(previous, point, sub.getBoundingClientRect())) {
        state.grace = setTimeout(() => {
          if (pointer.current.hovered === node.value) hover(node, point, false);
        }, SUBMENU_GRACE);
        return;
      }
    }
    // Focus follows the pointer (a disabled item parks it on the menu). Focusing what already
    // has focus does nothing, so no check is needed.
    (node.disabled ? menuRef.current : itemOf(node))?.focus({ preventScroll: true });
    if (open && open.value !== node.value) closeSubmenu(false);
    clearTimeout(state.open);
    if (!node.disabled && node.items && open?.value !== node.value) {
      state.open = setTimeout(() => openSubmenu(node, 'none'), SUBMENU_OPEN_DELAY);
    }
  };

  const handlePointerMove = (node: MenuNode, event: PointerEvent<HTMLElement>) => {
    if (event.pointerType === 'touch') return;
    hover(node, { x: event.clientX, y: event.clientY }, true);
  };

  const handlePointerLeave = (event: PointerEvent<HTMLDivElement>) => {
    onPointerLeave?.(event);
    clearTimeout(pointer.current.open);
    pointer.current.hovered = null;
  };

  const submenuNode = submenu
    ? level.nodes.find((node) => node.value === submenu.value && node.items)
    : undefined;

  const renderItem = (node: MenuNode) => (
    <MenuItemView
      key={String(node.value)}
      node={node}
      id={`${levelId}-${node.index}`}
      checked={root?.checked.includes(node.value) ?? false}
      expanded={submenuNode?.value === node.value}
      onClick={handleClick}
      onPointerMove={handlePointerMove}
    />
  );

  return (
    <div
      {...native}
      ref={ref}
      className={cx(menuClass, className)}
      role="menu"
      popover="manual"
      tabIndex={-1}
      data-size={root && root.size !== 'md' ? root.size : undefined}
      data-placement={placement}
      data-submenu={depth > 0 || undefined}
      data-exiting={exiting || undefined}
      onKeyDown={handleKeyDown}
      onPointerLeave={handlePointerLeave}
    >
      {level.rows.map((row) => {
        if (row.type === 'separator') {
          return <div key={`separator-${row.index}`} role="separator" data-part="separator" />;
        }
        if (row.type === 'item') return renderItem(row.node);
        const headingId = `${levelId}-section-${row.index}`;
        return (
          <div
            key={`section-${row.index}`}
            role="group"
            aria-labelledby={headingId}
            data-part="section"
          >
            <div role="presentation" id={headingId} data-part="heading">
              {row.label}
            </div>
            {row.nodes.map(renderItem)}
          </div>
        );
      })}
      {submenuNode && submenu ? (
        <OverlayPortal>
          <MenuPopup
            ref={submenuRef}
            entries={submenuNode.items ?? []}
            anchorRef={submenuAnchor}
            placement="end-start"
            depth={depth + 1}
            initialFocus={submenu.focus}
            exiting={false}
            aria-labelledby={`${levelId}-${submenuNode.index}`}
            onDismiss={() => closeSubmenu(true)}
            insideAbove={(target) =>
              Boolean(menuRef.current?.contains(target)) || insideAbove(target)
            }
          />
        </OverlayPortal>
      ) : null}
    </div>
  );
});
