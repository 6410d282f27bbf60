import { Button, DropdownButton, Menu, MenuTrigger } from '../../src/index';
import type { MenuFactory } from './types';

/*
 * Callicrates' menu factories, in their own module: code added to callicrates.tsx moved the
 * minifier's output of the other cases by a few bytes (the toast case by 2 B) even where it was
 * tree-shaken away; a module of its own leaves them as they were.
 */

/** Three items, one disabled after a separator (made in the factory: nothing at module level). */
const menuItems = () => [
  { value: 'edit', label: 'Edit' },
  { value: 'duplicate', label: 'Duplicate' },
  { separator: true as const },
  { value: 'archive', label: 'Archive', disabled: true },
];

/** A MenuTrigger around the Button and a Menu, as the docs build one. */
export const menu: MenuFactory = (label, key) => (
  <MenuTrigger key={key}>
    <Button>{label}</Button>
    <Menu items={menuItems()} onAction={() => {}} />
  </MenuTrigger>
);

/** DropdownButton: the same menu from one component. */
export const dropdownButton: MenuFactory = (label, key) => (
  <DropdownButton key={key} items={menuItems()} onAction={() => {}}>
    {label}
  </DropdownButton>
);
