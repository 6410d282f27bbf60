// url=<figma:Menu>
// component=Menu
import figma from 'figma';

// Code Connect for the Figma component "Menu": the open menu under its button, with the
// density the design shows. The items are data, not layers: the code gets a realistic list
// (actions with a shortcut, a disabled one, a separator, a submenu) to edit.
const menu = figma.selectedInstance;
const { renderProp } = figma.helpers.react;

const size = menu.getEnum('Size', { Medium: undefined, Small: 'sm', Large: 'lg' });

export default {
  example: figma.tsx`<MenuTrigger>
  <Button variant="secondary">${menu.getString('Button label')}</Button>
  <Menu${renderProp('size', size)}
    items={[
      { value: 'edit', label: 'Edit', shortcut: 'Ctrl+E', keyshortcuts: 'Control+E' },
      { value: 'duplicate', label: 'Duplicate' },
      { value: 'archive', label: 'Archive', disabled: true },
      { separator: true },
      { value: 'share', label: 'Share', items: [{ value: 'mail', label: 'By email' }] },
    ]}
    onAction={(value) => console.log(value)}
  />
</MenuTrigger>`,
  imports: ["import { Button, Menu, MenuTrigger } from 'callicrates'"],
  id: 'Menu',
  metadata: { nestable: false },
};
