// url=<figma:InlineAlert>
// component=InlineAlert
import figma from 'figma';

// Code Connect for the Figma component "Inline alert": its status, texts and the Buttons in
// its "Actions" layer (each rendered by Button.figma.ts).
const alert = figma.selectedInstance;
const { renderProp } = figma.helpers.react;

const status = alert.getEnum('Status', {
  Info: undefined,
  Success: 'success',
  Warning: 'warning',
  Error: 'error',
});
const description = alert.getBoolean('Has description')
  ? alert.getString('Description')
  : undefined;
const actions = alert
  .findConnectedInstances((node) => node.codeConnectId() === 'Button', { path: ['Actions'] })
  .map((action) => figma.tsx`\n      ${action.executeTemplate().example}`);

export default {
  example: figma.tsx`<InlineAlert${renderProp('status', status)}${renderProp('title', alert.getString('Title'))}${renderProp('description', description)}${actions.length > 0 ? figma.tsx`\n  actions={\n    <>${actions}\n    </>\n  }\n/>` : ' />'}`,
  imports: ["import { InlineAlert } from 'callicrates'"],
  id: 'InlineAlert',
  metadata: { nestable: true },
};
