import type { CollectionKey } from '../collection';
import type { MenuOwnProps } from './Menu';

/** The Menu props a DropdownButton or SplitButton passes to its menu. */
export type MenuButtonMenuProps<V extends CollectionKey> = Pick<
  MenuOwnProps<V>,
  | 'items'
  | 'onAction'
  | 'value'
  | 'defaultValue'
  | 'onValueChange'
  | 'closeOnSelect'
  | 'placement'
  | 'open'
  | 'defaultOpen'
  | 'onOpenChange'
>;

/** Splits a menu button's props into the menu's and the rest (the button's). */
export function splitMenuProps<V extends CollectionKey, P extends MenuButtonMenuProps<V>>(
  props: P,
): [MenuButtonMenuProps<V>, Omit<P, keyof MenuButtonMenuProps<V>>] {
  const {
    items,
    onAction,
    value,
    defaultValue,
    onValueChange,
    closeOnSelect,
    placement,
    open,
    defaultOpen,
    onOpenChange,
    ...rest
  } = props;
  return [
    {
      items,
      onAction,
      value,
      defaultValue,
      onValueChange,
      closeOnSelect,
      placement,
      open,
      defaultOpen,
      onOpenChange,
    },
    rest,
  ];
}

/** lucide's `chevron-down`, inline so the buttons do not pull in Icon. */
export const chevronDown = (
  <svg
    viewBox="0 0 24 24"
    aria-hidden="true"
    focusable="false"
    fill="none"
    stroke="currentColor"
    strokeWidth="2"
    strokeLinecap="round"
    strokeLinejoin="round"
  >
    <path d="m6 9 6 6 6-6" />
  </svg>
);
