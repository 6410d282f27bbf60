// url=<figma:Box>
// component=Box
import figma from 'figma';

// Code Connect for the Figma component "Box": a frame whose padding, background, radius,
// elevation and border are the library's tokens, named as the tokens are. What it holds is
// rendered from its "Content" instances.
const box = figma.selectedInstance;
const { renderProp } = figma.helpers.react;

const space = {
  '0': '0',
  '1': '1',
  '2': '2',
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
};
const padding = box.getEnum('Padding', { None: undefined, ...space });
const background = box.getEnum('Background', {
  None: undefined,
  Canvas: 'canvas',
  Surface: 'surface',
  Raised: 'raised',
  Sunken: 'sunken',
  Inverse: 'inverse',
});
const radius = box.getEnum('Radius', {
  None: undefined,
  Small: 'sm',
  Medium: 'md',
  Large: 'lg',
  'Extra large': 'xl',
  Full: 'full',
});
const elevation = box.getEnum('Elevation', {
  None: undefined,
  Small: 'sm',
  Medium: 'md',
  Large: 'lg',
  'Extra large': 'xl',
});
const border = box.getEnum('Border', { None: undefined, Subtle: 'subtle', Strong: 'strong' });
// A text layer is text; an instance is rendered by its own template.
const content = box.children.map((child) =>
  child.type === 'TEXT'
    ? figma.tsx`\n  ${child.textContent}`
    : figma.tsx`\n  ${child.executeTemplate().example}`,
);

export default {
  example: figma.tsx`<Box${renderProp('padding', padding)}${renderProp('background', background)}${renderProp('radius', radius)}${renderProp('elevation', elevation)}${renderProp('border', border)}>${content}\n</Box>`,
  imports: ["import { Box } from 'callicrates'"],
  id: 'Box',
  // `radius="none"` and `elevation="none"` reset a look set elsewhere (a className); a Figma
  // box without them simply shows "None", which writes no prop.
  metadata: { nestable: true, codeOnly: { radius: ['none'], elevation: ['none'] } },
};
