// url=<figma:ProgressBar>
// component=ProgressBar
import figma from 'figma';

// Code Connect for the Figma component "Progress bar". "Value" is the percentage shown in the
// design; an indeterminate bar has none. Text that is not a number is left out.
const bar = figma.selectedInstance;
const { renderProp } = figma.helpers.react;

const size = bar.getEnum('Size', { Medium: undefined, Small: 'sm', Large: 'lg' });
const variant = bar.getEnum('Variant', {
  Primary: undefined,
  Success: 'success',
  Warning: 'warning',
  Error: 'error',
});
const text = bar.getBoolean('Indeterminate') ? '' : bar.getString('Value').trim();
const value = /^\d+(\.\d+)?$/.test(text) ? Number(text) : undefined;
const description = bar.getBoolean('Has description') ? bar.getString('Description') : undefined;

export default {
  example: figma.tsx`<ProgressBar${renderProp('label', bar.getString('Label')) || ' label=""'}${renderProp('hideLabel', bar.getBoolean('Hide label'))}${renderProp('description', description)}${renderProp('value', value)}${renderProp('showValue', bar.getBoolean('Show value'))}${renderProp('size', size)}${renderProp('variant', variant)} />`,
  imports: ["import { ProgressBar } from 'callicrates'"],
  id: 'ProgressBar',
  metadata: { nestable: true },
};
