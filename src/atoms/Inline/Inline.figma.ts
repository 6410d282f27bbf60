// url=<figma:Inline>
// component=Inline
import figma from 'figma';

// Code Connect for the Figma component "Inline": a wrapping row of items (tags, buttons) with a
// gap from the space tokens. Its children are rendered from its "Content" instances.
const inline = figma.selectedInstance;
const { renderProp } = figma.helpers.react;

const gap = inline.getEnum('Gap', {
  '2': undefined,
  '0': '0',
  '1': '1',
  '3': '3',
  '4': '4',
  '5': '5',
  '6': '6',
  '8': '8',
  '10': '10',
  '12': '12',
  '16': '16',
  '20': '20',
  '24': '24',
});
const align = inline.getEnum('Align', {
  Center: undefined,
  Start: 'start',
  End: 'end',
  Stretch: 'stretch',
  Baseline: 'baseline',
});
const justify = inline.getEnum('Justify', {
  Start: undefined,
  Center: 'center',
  End: 'end',
  'Space between': 'between',
});
// A text layer is text; an instance is rendered by its own template.
const content = inline.children.map((child) =>
  child.type === 'TEXT'
    ? figma.tsx`\n  ${child.textContent}`
    : figma.tsx`\n  ${child.executeTemplate().example}`,
);

export default {
  example: figma.tsx`<Inline${renderProp('gap', gap)}${renderProp('align', align)}${renderProp('justify', justify)}>${content}\n</Inline>`,
  imports: ["import { Inline } from 'callicrates'"],
  id: 'Inline',
  metadata: { nestable: true },
};
