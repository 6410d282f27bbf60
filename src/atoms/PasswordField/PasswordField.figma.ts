// url=<figma:PasswordField>
// component=PasswordField
import figma from 'figma';

// Code Connect for the Figma component "Password field". "Purpose" picks the autocomplete
// token password managers need: a sign-in form's current password, or a new one.
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
const purpose = field.getEnum('Purpose', {
  'Current password': undefined,
  'New password': 'new-password',
});
const description = field.getBoolean('Has description')
  ? field.getString('Description')
  : undefined;
const error = field.getBoolean('Has error') ? field.getString('Error') : undefined;

export default {
  example: figma.tsx`<PasswordField${renderProp('label', field.getString('Label')) || ' label=""'}${renderProp('hideLabel', field.getBoolean('Hide label'))}${renderProp('description', description)}${renderProp('error', error)}${renderProp('autoComplete', purpose)}${renderProp('defaultVisible', field.getBoolean('Visible'))}${renderProp('size', size)}${renderProp('required', field.getBoolean('Required'))}${renderProp('disabled', state === 'disabled')}${renderProp('readOnly', state === 'readOnly')} />`,
  imports: ["import { PasswordField } from 'callicrates'"],
  id: 'PasswordField',
  metadata: { nestable: true },
};
