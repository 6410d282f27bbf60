// url=<figma:Combobox>
// component=Combobox
import figma from 'figma';

// Code Connect for the Figma component "Combobox": the field (label, description, error, the
// typed text or placeholder, the chosen value or, with "Multiple", its tags) and whether it
// offers to create and to clear ("Clearable"). The options are data, not layers: the code gets
// a realistic list, with the labels the design shows ("Value"; comma-separated tags when
// multiple) as its chosen options, their values the labels as slugs. A value in the design
// becomes the starting value (`defaultValue`): the design shows a moment, the code owns the state.
const combobox = figma.selectedInstance;
const { renderProp } = figma.helpers.react;

const slug = (label: string) =>
  label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'option';
const sampleLabels = ['Athens', 'Corinth', 'Olympia', 'Sparta', 'Thebes'];

const multiple = combobox.getBoolean('Multiple');
const shown = combobox.getBoolean('Has value') ? combobox.getString('Value') : '';
const chosenLabels = (multiple ? shown.split(',') : [shown])
  .map((label) => label.trim())
  .filter((label) => label !== '')
  .filter((label, index, all) => all.findIndex((other) => slug(other) === slug(label)) === index);
// A chosen label the sample list lacks comes first; the sample keeps its order.
const labels = [
  ...chosenLabels.filter((chosen) => !sampleLabels.some((label) => slug(label) === slug(chosen))),
  ...sampleLabels,
];
const options = labels
  .map(
    (label) => `\n    { value: ${JSON.stringify(slug(label))}, label: ${JSON.stringify(label)} },`,
  )
  .join('');
const chosen = chosenLabels.map((label) => JSON.stringify(slug(label)));
const defaultValue = multiple
  ? chosen.length > 0
    ? ` defaultValue={[${chosen.join(', ')}]}`
    : ''
  : chosen.length > 0
    ? ` defaultValue=${chosen[0]}`
    : '';

const size = combobox.getEnum('Size', { Medium: undefined, Small: 'sm', Large: 'lg' });
// Hover, focus and open are the browser's states, not props.
const state = combobox.getEnum('State', {
  Default: 'default',
  Hover: 'default',
  Focus: 'default',
  Open: 'default',
  Disabled: 'disabled',
  'Read only': 'readOnly',
  Invalid: 'invalid',
});
const description = combobox.getBoolean('Has description')
  ? combobox.getString('Description')
  : undefined;
const error = combobox.getBoolean('Has error') ? combobox.getString('Error') : undefined;

export default {
  example: figma.tsx`<Combobox${renderProp('label', combobox.getString('Label')) || ' label=""'}${renderProp('hideLabel', combobox.getBoolean('Hide label'))}${renderProp('description', description)}${renderProp('error', error)}${renderProp('invalid', state === 'invalid' && error === undefined)}${renderProp('placeholder', combobox.getString('Placeholder'))}${renderProp('size', size)}${renderProp('multiple', multiple)}${renderProp('creatable', combobox.getBoolean('Creatable'))}${renderProp('clearable', combobox.getBoolean('Clearable'))}${renderProp('required', combobox.getBoolean('Required'))}${renderProp('disabled', state === 'disabled')}${renderProp('readOnly', state === 'readOnly')}
  options={[${options}
  ]}${defaultValue}
/>`,
  imports: ["import { Combobox } from 'callicrates'"],
  id: 'Combobox',
  metadata: { nestable: true },
};
