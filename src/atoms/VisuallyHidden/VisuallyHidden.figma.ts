// url=<figma:VisuallyHidden>
// component=VisuallyHidden
import figma from 'figma';

// Code Connect for the Figma annotation "Visually hidden": text that screen readers read and
// the page does not show (a skip link is focusable, and shows when focused).
const hidden = figma.selectedInstance;
const { renderProp } = figma.helpers.react;

export default {
  example: figma.tsx`<VisuallyHidden${renderProp('focusable', hidden.getBoolean('Focusable'))}>${hidden.getString('Text')}</VisuallyHidden>`,
  imports: ["import { VisuallyHidden } from 'callicrates'"],
  id: 'VisuallyHidden',
  metadata: { nestable: true },
};
