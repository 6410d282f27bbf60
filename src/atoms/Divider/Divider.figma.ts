// url=<figma:Divider>
// component=Divider
import figma from 'figma';

// Code Connect for the Figma component "Divider". A decorative divider only draws a line; a
// non-decorative one separates sections for assistive technology too.
const divider = figma.selectedInstance;
const { renderProp } = figma.helpers.react;

const orientation = divider.getEnum('Orientation', {
  Horizontal: undefined,
  Vertical: 'vertical',
});
const variant = divider.getEnum('Variant', { Subtle: undefined, Strong: 'strong' });

export default {
  example: figma.tsx`<Divider${renderProp('orientation', orientation)}${renderProp('variant', variant)}${renderProp('decorative', divider.getBoolean('Decorative'))} />`,
  imports: ["import { Divider } from 'callicrates'"],
  id: 'Divider',
  metadata: { nestable: true },
};
