// url=<figma:Checkbox>
// component=Checkbox
import figma from 'figma';

// Code Connect for the Figma component "Checkbox". A box shown checked starts checked
// (`defaultChecked`); the value is the label as a slug, which a CheckboxGroup's value lists
// (CheckboxGroup.figma.ts reads it, and the checked state, from `metadata.props`).
const checkbox = figma.selectedInstance;
const { renderProp } = figma.helpers.react;

const label = checkbox.getString('Label');
const value =
  label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'on';
const size = checkbox.getEnum('Size', { Medium: undefined, Small: 'sm', Large: 'lg' });
const checked = checkbox.getEnum('Checked', {
  Unchecked: 'unchecked',
  Checked: 'checked',
  Indeterminate: 'indeterminate',
});
// Hover and focus are the browser's states, not props.
const state = checkbox.getEnum('State', {
  Default: 'default',
  Hover: 'default',
  Focus: 'default',
  Disabled: 'disabled',
  'Read only': 'readOnly',
});
const description = checkbox.getBoolean('Has description')
  ? checkbox.getString('Description')
  : undefined;
const error = checkbox.getBoolean('Has error') ? checkbox.getString('Error') : undefined;

export default {
  example: figma.tsx`<Checkbox${renderProp('label', label) || ' label=""'}${renderProp('value', value)}${renderProp('hideLabel', checkbox.getBoolean('Hide label'))}${renderProp('description', description)}${renderProp('error', error)}${renderProp('defaultChecked', checked === 'checked')}${renderProp('indeterminate', checked === 'indeterminate')}${renderProp('size', size)}${renderProp('disabled', state === 'disabled')}${renderProp('readOnly', state === 'readOnly')} />`,
  imports: ["import { Checkbox } from 'callicrates'"],
  id: 'Checkbox',
  metadata: { nestable: true, props: { value, checked: checked === 'checked' } },
};
