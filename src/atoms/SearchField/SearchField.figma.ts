// url=<figma:SearchField>
// component=SearchField
import figma from 'figma';

// Code Connect for the Figma component "Search field". Its label is usually hidden (a search
// box next to its results), but the code still needs one: it names the field.
const field = figma.selectedInstance;
const { renderProp } = figma.helpers.react;

const size = field.getEnum('Size', { Medium: undefined, Small: 'sm', Large: 'lg' });
// Hover and focus are the browser's states, not props.
const disabled = field.getEnum('State', {
  Default: false,
  Hover: false,
  Focus: false,
  Disabled: true,
});
const value = field.getBoolean('Has value') ? field.getString('Value') : undefined;

export default {
  example: figma.tsx`<SearchField${renderProp('label', field.getString('Label')) || ' label=""'}${renderProp('hideLabel', field.getBoolean('Hide label'))}${renderProp('placeholder', field.getString('Placeholder'))}${renderProp('defaultValue', value)}${renderProp('size', size)}${renderProp('disabled', disabled)} />`,
  imports: ["import { SearchField } from 'callicrates'"],
  id: 'SearchField',
  metadata: { nestable: true },
};
