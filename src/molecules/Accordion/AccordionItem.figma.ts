// url=<figma:AccordionItem>
// component=AccordionItem
import figma from 'figma';

// Code Connect for the Figma component "Accordion item", a section of an Accordion: its title
// and the content in its "Content" layer. Its value is the title as a slug. Whether it is shown
// open is the Accordion's value: Accordion.figma.ts reads "Open" (and the value) from
// `metadata.props`.
const item = figma.selectedInstance;
const { renderProp } = figma.helpers.react;

const title = item.getString('Title');
const value =
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'item';
// Hover and focus are the browser's states, not props.
const disabled = item.getEnum('State', {
  Default: false,
  Hover: false,
  Focus: false,
  Disabled: true,
});
const content = item.findInstance('Content').executeTemplate().example;

export default {
  example: figma.tsx`<AccordionItem${renderProp('value', value)}${renderProp('title', title) || ' title=""'}${renderProp('disabled', disabled)}>
  ${content}
</AccordionItem>`,
  imports: ["import { AccordionItem } from 'callicrates'"],
  id: 'AccordionItem',
  metadata: { nestable: true, props: { value, open: item.getBoolean('Open') } },
};
