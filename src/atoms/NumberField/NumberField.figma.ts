// url=<figma:NumberField>
// component=NumberField
import figma from 'figma';

// Code Connect for the Figma component "Number field". A number typed in the design becomes the
// starting value; text that is not a number is left out rather than emitted as a string.
const field = figma.selectedInstance;
const { renderProp } = figma.helpers.react;

const size = field.getEnum('Size', { Medium: undefined, Small: 'sm', Large: 'lg' });
// Hover and focus are the browser's states, not props.
const state = field.getEnum('State', {
  Default: 'default',
  Hover: 'default',
  Focus: 'default',
  Disabled: 'disabled',
  'Read only': 'readOnly',
});
const description = field.getBoolean('Has description')
  ? field.getString('Description')
  : undefined;
const error = field.getBoolean('Has error') ? field.getString('Error') : undefined;
const text = field.getBoolean('Has value') ? field.getString('Value').trim() : '';
const value = /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : undefined;

export default {
  example: figma.tsx`<NumberField${renderProp('label', field.getString('Label')) || ' label=""'}${renderProp('hideLabel', field.getBoolean('Hide label'))}${renderProp('description', description)}${renderProp('error', error)}${renderProp('defaultValue', value)}${renderProp('size', size)}${renderProp('hideStepper', field.getBoolean('Hide stepper'))}${renderProp('required', field.getBoolean('Required'))}${renderProp('disabled', state === 'disabled')}${renderProp('readOnly', state === 'readOnly')} />`,
  imports: ["import { NumberField } from 'callicrates'"],
  id: 'NumberField',
  metadata: { nestable: true },
};
