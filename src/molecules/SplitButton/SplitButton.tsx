import { forwardRef, type ReactElement, type Ref, type RefAttributes } from 'react';
import {
  Button,
  type ButtonAsButtonProps,
  type ButtonSize,
  type ButtonVariant,
} from '../../atoms/Button';
import { IconButton } from '../../atoms/IconButton';
import { cx, devError } from '../../utils';
import type { CollectionKey } from '../collection';
import { Menu, MenuTrigger, type MenuProps } from '../Menu';
import { chevronDown, splitMenuProps, type MenuButtonMenuProps } from '../Menu/menuButtonProps';
import { splitButtonClass } from './SplitButton.styles';

export type SplitButtonVariant = ButtonVariant;
export type SplitButtonSize = ButtonSize;

export type SplitButtonProps<V extends CollectionKey = CollectionKey> = MenuButtonMenuProps<V> &
  Omit<ButtonAsButtonProps, 'href' | 'endIcon' | keyof MenuButtonMenuProps<V>> & {
    /**
     * The accessible name of the menu button beside the action (translate it here). Say
     * what the menu holds: "More save options".
     * @default 'More options'
     */
    menuLabel?: string;
    /** The props of the menu's `role="menu"` element (`aria-label`, `className`, `size`, …). */
    menuProps?: Omit<MenuProps<V>, keyof MenuButtonMenuProps<V> | 'anchorRef'>;
  };

/**
 * A primary action with a joined menu button for its alternatives ("Save" and "Save as…,
 * Save a copy"). Two buttons in a `role="group"`: the action (a Button: its `onClick`,
 * `type`, `loading`, `disabled`; the ref reaches it) and a square menu button named by
 * `menuLabel` that opens a Menu (`items`, `onAction`, …, as DropdownButton). `variant` and
 * `size` apply to both, `disabled` to both (its menu then opens by no press or key);
 * `loading` busies the action only, since the menu holds other actions. The menu opens at
 * `bottom-end` unless `placement` says otherwise, so it lines up with the menu button at the
 * group's end.
 *
 * @selector .cal-split-button — the group, with `[data-variant]`, `[data-size]`; parts
 * `[data-part="action" | "menu-button"]` (both `.cal-button`)
 */
function SplitButtonInner<V extends CollectionKey>(
  props: SplitButtonProps<V>,
  ref: Ref<HTMLButtonElement>,
) {
  const [menu, rest] = splitMenuProps<V, SplitButtonProps<V>>(props);
  const {
    menuLabel = 'More options',
    menuProps,
    variant = 'primary',
    size = 'md',
    disabled,
    className,
    style,
    ...action
  } = rest;
  const { open, defaultOpen, onOpenChange, ...menuOwn } = menu;
  if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production' && !menuLabel) {
    devError('SplitButton', '`menuLabel` names the menu button; it must not be empty.');
  }
  return (
    <div
      role="group"
      className={cx(splitButtonClass, className)}
      style={style}
      data-variant={variant === 'primary' ? undefined : variant}
      data-size={size === 'md' ? undefined : size}
    >
      <Button
        {...action}
        ref={ref}
        data-part="action"
        variant={variant}
        size={size}
        disabled={disabled}
      />
      <MenuTrigger open={open} defaultOpen={defaultOpen} onOpenChange={onOpenChange}>
        <IconButton
          data-part="menu-button"
          label={menuLabel || 'More options'}
          icon={chevronDown}
          variant={variant}
          size={size}
          disabled={disabled}
        />
        <Menu<V> {...menuProps} {...menuOwn} placement={menuOwn.placement ?? 'bottom-end'} />
      </MenuTrigger>
    </div>
  );
}

/** A primary action plus a joined menu of its alternatives. Generic over the value type. */
export const SplitButton = forwardRef(SplitButtonInner) as (<
  V extends CollectionKey = CollectionKey,
>(
  props: SplitButtonProps<V> & RefAttributes<HTMLButtonElement>,
) => ReactElement | null) & { displayName?: string };

SplitButton.displayName = 'SplitButton';
