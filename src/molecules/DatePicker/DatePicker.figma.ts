// url=<figma:DatePicker>
// component=DatePicker
import figma from 'figma';

// Code Connect for the Figma component "Date picker": the field (label, description, error,
// the date it shows, presets) in a locale; the open calendar is a state, not a prop. The date in the design becomes the starting value
// (`defaultValue`, an ISO date): the design shows a moment, the code owns the state.
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
  Invalid: 'invalid',
});
const locale = field.getEnum('Locale', {
  'en-US': undefined,
  'de-DE': 'de-DE',
  'ar-EG': 'ar-EG',
  'ja-JP': 'ja-JP',
});
const description = field.getBoolean('Has description')
  ? field.getString('Description')
  : undefined;
const error = field.getBoolean('Has error') ? field.getString('Error') : undefined;
const value = field.getBoolean('Has value') ? field.getString('Value') : undefined;

export default {
  example: figma.tsx`<DatePicker${renderProp('label', field.getString('Label')) || ' label=""'}${renderProp('description', description)}${renderProp('error', error)}${renderProp('invalid', state === 'invalid' && error === undefined)}${renderProp('locale', locale)}${renderProp('size', size)}${renderProp('defaultValue', value)}${renderProp('required', field.getBoolean('Required'))}${renderProp('disabled', state === 'disabled')}${renderProp('readOnly', state === 'readOnly')} />`,
  imports: ["import { DatePicker } from 'callicrates'"],
  id: 'DatePicker',
  metadata: { nestable: true },
};
