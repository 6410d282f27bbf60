// url=<figma:Radio>
// component=Radio
import figma from 'figma';

// Code Connect for the Figma component "Radio", an option of a RadioGroup. Its value is the
// label as a slug. Which radio is selected is the group's value: RadioGroup.figma.ts reads
// "Selected" (and the value) from `metadata.props`.
const radio = figma.selectedInstance;
const { renderProp } = figma.helpers.react;

const label = radio.getString('Label');
const value =
  label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'option';
const size = radio.getEnum('Size', { Medium: undefined, Small: 'sm', Large: 'lg' });
// Hover and focus are the browser's states, not props.
const disabled = radio.getEnum('State', {
  Default: false,
  Hover: false,
  Focus: false,
  Disabled: true,
});
const description = radio.getBoolean('Has description')
  ? radio.getString('Description')
  : undefined;

export default {
  example: figma.tsx`<Radio${renderProp('value', value)}${renderProp('label', label) || ' label=""'}${renderProp('description', description)}${renderProp('size', size)}${renderProp('disabled', disabled)} />`,
  imports: ["import { Radio } from 'callicrates'"],
  id: 'Radio',
  metadata: { nestable: true, props: { value, selected: radio.getBoolean('Selected') } },
};
