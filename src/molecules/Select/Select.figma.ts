// url=<figma:Select>
// component=Select
import figma from 'figma';

// Code Connect for the Figma component "Select": the closed field (label, description, error,
// the value or placeholder it shows, clear button) and, with "Multiple", how the choice shows.
// The options are data, not layers: the code gets a realistic list, with the labels the design
// shows in the field ("Value"; comma-separated when multiple) as its chosen options, their
// values the labels as slugs. A value in the design becomes the starting value (`defaultValue`):
// the design shows a moment, the code owns the state.
const select = figma.selectedInstance;
const { renderProp } = figma.helpers.react;

const slug = (label: string) =>
  label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'option';
const sampleLabels = ['Athens', 'Corinth', 'Olympia', 'Sparta', 'Thebes'];

const multiple = select.getBoolean('Multiple');
const shown = select.getBoolean('Has value') ? select.getString('Value') : '';
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

const size = select.getEnum('Size', { Medium: undefined, Small: 'sm', Large: 'lg' });
// Hover, focus and open are the browser's states, not props.
const state = select.getEnum('State', {
  Default: 'default',
  Hover: 'default',
  Focus: 'default',
  Open: 'default',
  Disabled: 'disabled',
  'Read only': 'readOnly',
  Invalid: 'invalid',
});
const description = select.getBoolean('Has description')
  ? select.getString('Description')
  : undefined;
const error = select.getBoolean('Has error') ? select.getString('Error') : undefined;
const valueDisplay = multiple
  ? select.getEnum('Value display', { Count: undefined, Tags: 'tags' })
  : undefined;

export default {
  example: figma.tsx`<Select${renderProp('label', select.getString('Label')) || ' label=""'}${renderProp('hideLabel', select.getBoolean('Hide label'))}${renderProp('description', description)}${renderProp('error', error)}${renderProp('invalid', state === 'invalid' && error === undefined)}${renderProp('placeholder', select.getString('Placeholder'))}${renderProp('size', size)}${renderProp('multiple', multiple)}${renderProp('valueDisplay', valueDisplay)}${renderProp('clearable', select.getBoolean('Clearable'))}${renderProp('required', select.getBoolean('Required'))}${renderProp('disabled', state === 'disabled')}${renderProp('readOnly', state === 'readOnly')}
  options={[${options}
  ]}${defaultValue}
/>`,
  imports: ["import { Select } from 'callicrates'"],
  id: 'Select',
  metadata: { nestable: true },
};
