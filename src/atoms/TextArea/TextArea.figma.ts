// url=<figma:TextArea>
// component=TextArea
import figma from 'figma';

// Code Connect for the Figma component "Text area". Text typed in the design becomes the
// starting value (`defaultValue`).
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
const resize = field.getEnum('Resize', { Vertical: undefined, None: 'none' });
const description = field.getBoolean('Has description')
  ? field.getString('Description')
  : undefined;
const error = field.getBoolean('Has error') ? field.getString('Error') : undefined;
const value = field.getBoolean('Has value') ? field.getString('Value') : undefined;

export default {
  example: figma.tsx`<TextArea${renderProp('label', field.getString('Label')) || ' label=""'}${renderProp('hideLabel', field.getBoolean('Hide label'))}${renderProp('description', description)}${renderProp('error', error)}${renderProp('placeholder', field.getString('Placeholder'))}${renderProp('defaultValue', value)}${renderProp('size', size)}${renderProp('resize', resize)}${renderProp('showCount', field.getBoolean('Show count'))}${renderProp('required', field.getBoolean('Required'))}${renderProp('disabled', state === 'disabled')}${renderProp('readOnly', state === 'readOnly')} />`,
  imports: ["import { TextArea } from 'callicrates'"],
  id: 'TextArea',
  metadata: { nestable: true },
};
