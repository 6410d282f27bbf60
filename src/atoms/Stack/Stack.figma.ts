// url=<figma:Stack>
// component=Stack
import figma from 'figma';

// Code Connect for the Figma component "Stack": an auto-layout frame whose direction, gap
// (a space token), alignment and wrapping are props. Its children are rendered from its
// "Content" instances.
const stack = figma.selectedInstance;
const { renderProp } = figma.helpers.react;

const direction = stack.getEnum('Direction', { Column: undefined, Row: 'row' });
const gap = stack.getEnum('Gap', {
  '4': undefined,
  '0': '0',
  '1': '1',
  '2': '2',
  '3': '3',
  '5': '5',
  '6': '6',
  '8': '8',
  '10': '10',
  '12': '12',
  '16': '16',
  '20': '20',
  '24': '24',
});
const align = stack.getEnum('Align', {
  Stretch: undefined,
  Start: 'start',
  Center: 'center',
  End: 'end',
  Baseline: 'baseline',
});
const justify = stack.getEnum('Justify', {
  Start: undefined,
  Center: 'center',
  End: 'end',
  'Space between': 'between',
});
// A text layer is text; an instance is rendered by its own template.
const content = stack.children.map((child) =>
  child.type === 'TEXT'
    ? figma.tsx`\n  ${child.textContent}`
    : figma.tsx`\n  ${child.executeTemplate().example}`,
);

export default {
  example: figma.tsx`<Stack${renderProp('direction', direction)}${renderProp('gap', gap)}${renderProp('align', align)}${renderProp('justify', justify)}${renderProp('wrap', stack.getBoolean('Wrap'))}${renderProp('dividers', stack.getBoolean('Dividers'))}>${content}\n</Stack>`,
  imports: ["import { Stack } from 'callicrates'"],
  id: 'Stack',
  metadata: { nestable: true },
};
