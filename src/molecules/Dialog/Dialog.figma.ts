// url=<figma:Dialog>
// component=Dialog
import figma from 'figma';

// Code Connect for the Figma component "Dialog": title, description, size, the content in its
// "Content" layer and the Buttons in its "Footer" (each rendered by Button.figma.ts). The
// design shows the dialog open; the snippet opens it the usual way, from a DialogTrigger
// around a Button named like the dialog.
const dialog = figma.selectedInstance;
const { renderProp } = figma.helpers.react;

const title = dialog.getString('Title');
const description = dialog.getBoolean('Has description')
  ? dialog.getString('Description')
  : undefined;
const size = dialog.getEnum('Size', {
  Medium: undefined,
  Small: 'sm',
  Large: 'lg',
  Fullscreen: 'fullscreen',
});
const actions = dialog
  .findConnectedInstances((node) => node.codeConnectId() === 'Button', { path: ['Footer'] })
  .map((action) => figma.tsx`\n        ${action.executeTemplate().example}`);
const footer =
  actions.length > 0 ? figma.tsx`\n    footer={\n      <>${actions}\n      </>\n    }` : '';
const content = dialog.findInstance('Content').executeTemplate().example;

export default {
  example: figma.tsx`<DialogTrigger>
  <Button>${title}</Button>
  <Dialog${renderProp('title', title)}${renderProp('description', description)}${renderProp('size', size)}${footer}
  >
    ${content}
  </Dialog>
</DialogTrigger>`,
  imports: ["import { Button, Dialog, DialogTrigger } from 'callicrates'"],
  id: 'Dialog',
  metadata: { nestable: false },
};
