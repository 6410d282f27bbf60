// url=<figma:Switch>
// component=Switch
import figma from 'figma';

// Code Connect for the Figma component "Switch". A switch shown on starts on (`defaultChecked`).
const toggle = figma.selectedInstance;
const { renderProp } = figma.helpers.react;

const size = toggle.getEnum('Size', { Medium: undefined, Small: 'sm', Large: 'lg' });
const labelPlacement = toggle.getEnum('Label placement', { End: undefined, Start: 'start' });
// Hover and focus are the browser's states, not props.
const state = toggle.getEnum('State', {
  Default: 'default',
  Hover: 'default',
  Focus: 'default',
  Disabled: 'disabled',
  'Read only': 'readOnly',
});
const description = toggle.getBoolean('Has description')
  ? toggle.getString('Description')
  : undefined;
const error = toggle.getBoolean('Has error') ? toggle.getString('Error') : undefined;

export default {
  example: figma.tsx`<Switch${renderProp('label', toggle.getString('Label')) || ' label=""'}${renderProp('hideLabel', toggle.getBoolean('Hide label'))}${renderProp('labelPlacement', labelPlacement)}${renderProp('description', description)}${renderProp('error', error)}${renderProp('defaultChecked', toggle.getBoolean('On'))}${renderProp('size', size)}${renderProp('disabled', state === 'disabled')}${renderProp('readOnly', state === 'readOnly')} />`,
  imports: ["import { Switch } from 'callicrates'"],
  id: 'Switch',
  metadata: { nestable: true },
};
