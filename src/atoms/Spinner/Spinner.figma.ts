// url=<figma:Spinner>
// component=Spinner
import figma from 'figma';

// Code Connect for the Figma component "Spinner". Its label is announced whether or not it
// is shown, so the snippet always carries it.
const spinner = figma.selectedInstance;
const { renderProp } = figma.helpers.react;

const size = spinner.getEnum('Size', { Medium: undefined, Small: 'sm', Large: 'lg' });
const color = spinner.getEnum('Color', { Inherit: undefined, Primary: 'primary' });

export default {
  example: figma.tsx`<Spinner${renderProp('label', spinner.getString('Label'))}${renderProp('showLabel', spinner.getBoolean('Show label'))}${renderProp('size', size)}${renderProp('color', color)} />`,
  imports: ["import { Spinner } from 'callicrates'"],
  id: 'Spinner',
  metadata: { nestable: true },
};
