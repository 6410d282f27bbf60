// url=<figma:GridItem>
// component=GridItem
import figma from 'figma';

// Code Connect for the Figma component "Grid item": how many columns it spans and where it
// starts. The design shows one breakpoint; the code may give each breakpoint its own span.
const item = figma.selectedInstance;
const { renderProp } = figma.helpers.react;

const columns = {
  '2': 2,
  '3': 3,
  '4': 4,
  '5': 5,
  '6': 6,
  '7': 7,
  '8': 8,
  '9': 9,
  '10': 10,
  '11': 11,
  '12': 12,
};
const span = item.getEnum('Span', { '1': undefined, ...columns, Full: 'full' });
const start = item.getEnum('Start', { Auto: undefined, '1': 1, ...columns });
// A text layer is text; an instance is rendered by its own template.
const content = item.children.map((child) =>
  child.type === 'TEXT'
    ? figma.tsx`\n    ${child.textContent}`
    : figma.tsx`\n    ${child.executeTemplate().example}`,
);

export default {
  example: figma.tsx`<GridItem${renderProp('span', span)}${renderProp('start', start)}>${content}\n  </GridItem>`,
  imports: ["import { GridItem } from 'callicrates'"],
  id: 'GridItem',
  metadata: { nestable: true },
};
