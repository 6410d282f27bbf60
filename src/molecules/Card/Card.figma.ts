// url=<figma:Card>
// component=Card
import figma from 'figma';

// Code Connect for the Figma component "Card": variant, orientation, title and description,
// the "Media" and "Content" layers, and the Buttons in its "Actions" layer (each rendered by
// Button.figma.ts). "Target" says what the whole card does: nothing, follow a link (a route
// to fill in), or run an action; the title is that one target, stretched over the card.
const card = figma.selectedInstance;
const { renderProp } = figma.helpers.react;

const variant = card.getEnum('Variant', { Outlined: undefined, Elevated: 'elevated' });
const orientation = card.getEnum('Orientation', { Vertical: undefined, Horizontal: 'horizontal' });
const description = card.getBoolean('Has description') ? card.getString('Description') : undefined;
const media = card.getBoolean('Has media')
  ? card.findInstance('Media').executeTemplate().example
  : undefined;
const target = card.getEnum('Target', { None: 'none', Link: 'link', Action: 'action' });
const actions = card
  .findConnectedInstances((node) => node.codeConnectId() === 'Button', { path: ['Actions'] })
  .map((action) => figma.tsx`\n      ${action.executeTemplate().example}`);
const content = card.findInstance('Content').executeTemplate().example;

export default {
  example: figma.tsx`<Card${renderProp('title', card.getString('Title')) || ' title=""'}${renderProp('description', description)}${renderProp('variant', variant)}${renderProp('orientation', orientation)}${media ? figma.tsx`\n  media={${media}}` : ''}${target === 'link' ? ' href="/"' : ''}${target === 'action' ? ' onClick={() => {}}' : ''}${actions.length > 0 ? figma.tsx`\n  actions={\n    <>${actions}\n    </>\n  }` : ''}
>
  ${content}
</Card>`,
  imports: ["import { Card } from 'callicrates'"],
  id: 'Card',
  metadata: { nestable: true },
};
