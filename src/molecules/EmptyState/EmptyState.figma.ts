// url=<figma:EmptyState>
// component=EmptyState
import figma from 'figma';

// Code Connect for the Figma component "Empty state": size, title, text, an icon (an Icon
// instance, rendered by Icon.figma.ts) or an illustration (the "Illustration" layer), and the
// Buttons in its "Actions" layer (each rendered by Button.figma.ts).
const empty = figma.selectedInstance;
const { renderProp } = figma.helpers.react;

const size = empty.getEnum('Size', { Medium: undefined, Small: 'sm', Large: 'lg' });
const media = empty.getEnum('Media', { None: 'none', Icon: 'icon', Illustration: 'illustration' });
const icon =
  media === 'icon' ? empty.getInstanceSwap('Icon')?.executeTemplate().example : undefined;
const illustration =
  media === 'illustration'
    ? empty.findInstance('Illustration').executeTemplate().example
    : undefined;
const description = empty.getBoolean('Has description')
  ? empty.getString('Description')
  : undefined;
const actions = empty
  .findConnectedInstances((node) => node.codeConnectId() === 'Button', { path: ['Actions'] })
  .map((action) => figma.tsx`\n      ${action.executeTemplate().example}`);

export default {
  example: figma.tsx`<EmptyState${renderProp('title', empty.getString('Title')) || ' title=""'}${renderProp('description', description)}${renderProp('size', size)}${renderProp('icon', icon)}${illustration ? figma.tsx`\n  illustration={${illustration}}` : ''}${actions.length > 0 ? figma.tsx`\n  actions={\n    <>${actions}\n    </>\n  }` : ''}
/>`,
  imports: ["import { EmptyState } from 'callicrates'"],
  id: 'EmptyState',
  metadata: { nestable: true },
};
