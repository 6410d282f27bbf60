// url=<figma:Accordion>
// component=Accordion
import figma from 'figma';

// Code Connect for the Figma component "Accordion": one or several open at a time, and the
// Accordion item instances in its "Items" layer, each rendered by AccordionItem.figma.ts. The
// items shown open become the starting value (`defaultValue`); without "Multiple", only the
// first of them can be.
const accordion = figma.selectedInstance;
const { renderProp } = figma.helpers.react;

const multiple = accordion.getBoolean('Multiple');
const items = accordion.findConnectedInstances((node) => node.codeConnectId() === 'AccordionItem', {
  path: ['Items'],
});
const opened = items
  .map((item) => item.executeTemplate().metadata?.props as { value: string; open: boolean })
  .filter((props) => props.open)
  .map((props) => props.value);
const defaultValue = multiple ? opened : opened.slice(0, 1);

export default {
  example: figma.tsx`<Accordion${renderProp('multiple', multiple)}${defaultValue.length > 0 ? ` defaultValue={${JSON.stringify(defaultValue)}}` : ''}>${items.map((item) => figma.tsx`\n  ${item.executeTemplate().example}`)}
</Accordion>`,
  imports: ["import { Accordion } from 'callicrates'"],
  id: 'Accordion',
  metadata: { nestable: false },
};
