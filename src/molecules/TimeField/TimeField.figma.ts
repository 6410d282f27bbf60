// url=<figma:TimeField>
// component=TimeField
import figma from 'figma';

// Code Connect for the Figma component "Time field": the field (label, description, error,
// the time it shows) in a locale. The time in the design becomes the starting value
// (`defaultValue`, an ISO time such as 14:30): the design shows a moment, the code owns the state.
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
const granularity = field.getEnum('Granularity', { Minute: undefined, Second: 'second' });
const hourCycle = field.getEnum('Hour cycle', { Locale: undefined, '12': 12, '24': 24 });

export default {
  example: figma.tsx`<TimeField${renderProp('label', field.getString('Label')) || ' label=""'}${renderProp('description', description)}${renderProp('error', error)}${renderProp('invalid', state === 'invalid' && error === undefined)}${renderProp('locale', locale)}${renderProp('size', size)}${renderProp('granularity', granularity)}${renderProp('hourCycle', hourCycle)}${renderProp('defaultValue', value)}${renderProp('required', field.getBoolean('Required'))}${renderProp('disabled', state === 'disabled')}${renderProp('readOnly', state === 'readOnly')} />`,
  imports: ["import { TimeField } from 'callicrates'"],
  id: 'TimeField',
  metadata: { nestable: true },
};
