import { forwardRef, type ReactElement, type Ref, type RefAttributes } from 'react';
import {
  Button,
  type ButtonAsButtonProps,
  type ButtonSize,
  type ButtonVariant,
} from '../../atoms/Button';
import { cx } from '../../utils';
import type { CollectionKey } from '../collection';
import { Menu, MenuTrigger, type MenuProps } from '../Menu';
import { chevronDown, splitMenuProps, type MenuButtonMenuProps } from '../Menu/menuButtonProps';
import { dropdownButtonClass } from './DropdownButton.styles';

export type DropdownButtonVariant = ButtonVariant;
export type DropdownButtonSize = ButtonSize;

export type DropdownButtonProps<V extends CollectionKey = CollectionKey> = MenuButtonMenuProps<V> &
  Omit<ButtonAsButtonProps, 'href' | 'type' | 'endIcon' | keyof MenuButtonMenuProps<V>> & {
    /**
     * The props of the menu's `role="menu"` element (`aria-label`, `className`, `size`, …).
     * It is named by the button unless given `aria-label`.
     */
    menuProps?: Omit<MenuProps<V>, keyof MenuButtonMenuProps<V> | 'anchorRef'>;
  };

/**
 * A Button that opens a Menu (the APG menu button), with a chevron after its label. Same
 * `variant`, `size`, `startIcon`, `disabled`, `loading` and `fullWidth` as Button; the menu
 * props (`items`, `onAction`, `value`, `closeOnSelect`, `placement`, `open`) as Menu. A
 * `disabled` or `loading` one opens its menu by no press or key. The ref reaches the `<button>`.
 *
 * @selector .cal-dropdown-button — the `<button>` (a `.cal-button`), with `[aria-expanded]`
 * while the menu is open; the chevron is its end `[data-part="icon"]`. The menu is `.cal-menu`.
 */
function DropdownButtonInner<V extends CollectionKey>(
  props: DropdownButtonProps<V>,
  ref: Ref<HTMLButtonElement>,
) {
  const [menu, { menuProps, className, ...button }] = splitMenuProps<V, DropdownButtonProps<V>>(
    props,
  );
  const { open, defaultOpen, onOpenChange, ...menuOwn } = menu;
  return (
    <MenuTrigger open={open} defaultOpen={defaultOpen} onOpenChange={onOpenChange}>
      <Button
        {...button}
        ref={ref}
        className={cx(dropdownButtonClass, className)}
        endIcon={chevronDown}
      />
      <Menu<V> {...menuProps} {...menuOwn} />
    </MenuTrigger>
  );
}

/** A Button that opens a Menu. Generic over the items' value type. */
export const DropdownButton = forwardRef(DropdownButtonInner) as (<
  V extends CollectionKey = CollectionKey,
>(
  props: DropdownButtonProps<V> & RefAttributes<HTMLButtonElement>,
) => ReactElement | null) & { displayName?: string };

DropdownButton.displayName = 'DropdownButton';
