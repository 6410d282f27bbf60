// url=<figma:Banner>
// component=Banner
import figma from 'figma';

// Code Connect for the Figma component "Banner": its status, texts, whether the user may
// dismiss it, and the Buttons in its "Actions" layer (each rendered by Button.figma.ts).
const banner = figma.selectedInstance;
const { renderProp } = figma.helpers.react;

const status = banner.getEnum('Status', {
  Info: undefined,
  Success: 'success',
  Warning: 'warning',
  Error: 'error',
});
const description = banner.getBoolean('Has description')
  ? banner.getString('Description')
  : undefined;
const actions = banner
  .findConnectedInstances((node) => node.codeConnectId() === 'Button', { path: ['Actions'] })
  .map((action) => figma.tsx`\n      ${action.executeTemplate().example}`);

export default {
  example: figma.tsx`<Banner${renderProp('status', status)}${renderProp('title', banner.getString('Title'))}${renderProp('description', description)}${renderProp('dismissible', banner.getBoolean('Dismissible'))}${actions.length > 0 ? figma.tsx`\n  actions={\n    <>${actions}\n    </>\n  }\n/>` : ' />'}`,
  imports: ["import { Banner } from 'callicrates'"],
  id: 'Banner',
  metadata: { nestable: true },
};
