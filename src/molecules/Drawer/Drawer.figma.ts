// url=<figma:Drawer>
// component=Drawer
import figma from 'figma';

// Code Connect for the Figma component "Drawer": the edge it slides from, its size, whether it
// is modal, its texts, the content in its "Content" layer and the Buttons in its "Footer". The
// snippet opens it from a DialogTrigger around a Button named like the drawer.
const drawer = figma.selectedInstance;
const { renderProp } = figma.helpers.react;

const title = drawer.getString('Title');
const side = drawer.getEnum('Side', {
  End: undefined,
  Start: 'start',
  Top: 'top',
  Bottom: 'bottom',
});
const size = drawer.getEnum('Size', { Medium: undefined, Small: 'sm', Large: 'lg' });
const modal = drawer.getBoolean('Modal', { true: undefined, false: false });
const description = drawer.getBoolean('Has description')
  ? drawer.getString('Description')
  : undefined;
const actions = drawer
  .findConnectedInstances((node) => node.codeConnectId() === 'Button', { path: ['Footer'] })
  .map((action) => figma.tsx`\n        ${action.executeTemplate().example}`);
const footer =
  actions.length > 0 ? figma.tsx`\n    footer={\n      <>${actions}\n      </>\n    }` : '';
const content = drawer.findInstance('Content').executeTemplate().example;

export default {
  example: figma.tsx`<DialogTrigger>
  <Button>${title}</Button>
  <Drawer${renderProp('title', title)}${renderProp('description', description)}${renderProp('side', side)}${renderProp('size', size)}${renderProp('modal', modal)}${footer}
  >
    ${content}
  </Drawer>
</DialogTrigger>`,
  imports: ["import { Button, DialogTrigger, Drawer } from 'callicrates'"],
  id: 'Drawer',
  metadata: { nestable: false },
};
