// url=<figma:DateRangePicker>
// component=DateRangePicker
import figma from 'figma';

// Code Connect for the Figma component "Date range picker": the field (label, description,
// error, the two dates it shows) in a locale; the open calendar and its presets are states,
// not props. The dates in the design become the starting range (`defaultValue`, ISO dates):
// the design shows a moment, the code owns the state.
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
// renderProp writes strings, booleans and numbers; the range is an object, written here.
const value = field.getBoolean('Has value')
  ? ` defaultValue={{ start: ${JSON.stringify(field.getString('Start'))}, end: ${JSON.stringify(field.getString('End'))} }}`
  : '';

export default {
  example: figma.tsx`<DateRangePicker${renderProp('label', field.getString('Label')) || ' label=""'}${renderProp('description', description)}${renderProp('error', error)}${renderProp('invalid', state === 'invalid' && error === undefined)}${renderProp('locale', locale)}${renderProp('size', size)}${value}${renderProp('required', field.getBoolean('Required'))}${renderProp('disabled', state === 'disabled')}${renderProp('readOnly', state === 'readOnly')} />`,
  imports: ["import { DateRangePicker } from 'callicrates'"],
  id: 'DateRangePicker',
  metadata: { nestable: true },
};
