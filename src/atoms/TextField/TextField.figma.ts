// url=<figma:TextField>
// component=TextField
import figma from 'figma';

// Code Connect for the Figma component "Text field". A value typed in the design becomes the
// starting value (`defaultValue`): the design shows a moment, the code owns the state.
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
const type = field.getEnum('Type', { Text: undefined, Email: 'email', Phone: 'tel', URL: 'url' });
const description = field.getBoolean('Has description')
  ? field.getString('Description')
  : undefined;
const error = field.getBoolean('Has error') ? field.getString('Error') : undefined;
const value = field.getBoolean('Has value') ? field.getString('Value') : undefined;
const prefix = field.getBoolean('Has prefix')
  ? field.getInstanceSwap('Prefix')?.executeTemplate().example
  : undefined;
const suffix = field.getBoolean('Has suffix')
  ? field.getInstanceSwap('Suffix')?.executeTemplate().example
  : undefined;

export default {
  example: figma.tsx`<TextField${renderProp('label', field.getString('Label')) || ' label=""'}${renderProp('hideLabel', field.getBoolean('Hide label'))}${renderProp('description', description)}${renderProp('error', error)}${renderProp('placeholder', field.getString('Placeholder'))}${renderProp('defaultValue', value)}${renderProp('type', type)}${renderProp('size', size)}${renderProp('prefix', prefix)}${renderProp('suffix', suffix)}${renderProp('showCount', field.getBoolean('Show count'))}${renderProp('required', field.getBoolean('Required'))}${renderProp('disabled', state === 'disabled')}${renderProp('readOnly', state === 'readOnly')} />`,
  imports: ["import { TextField } from 'callicrates'"],
  id: 'TextField',
  // Search and password fields are components of their own (SearchField, PasswordField).
  metadata: { nestable: true, codeOnly: { type: ['search', 'password'] } },
};
