// url=<figma:ListBox>
// component=ListBox
import figma from 'figma';

// Code Connect for the Figma component "List box": the list always in view, its label,
// description and error, one or several chosen, and whether options carry a description. The
// options are data, not layers: the code gets a realistic list, with the labels the design
// shows chosen ("Selected"; comma-separated when multiple) among them, their values the labels
// as slugs. What the design shows chosen becomes the starting value (`defaultValue`).
const listBox = figma.selectedInstance;
const { renderProp } = figma.helpers.react;

const slug = (label: string) =>
  label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'option';
const sampleOptions = [
  { label: 'Athens', description: 'Attica, the Acropolis' },
  { label: 'Corinth', description: 'The isthmus' },
  { label: 'Olympia', description: 'Elis, the sanctuary of Zeus' },
  { label: 'Sparta', description: 'Laconia' },
];

const multiple = listBox.getEnum('Selection', { Single: false, Multiple: true });
const shown = listBox.getBoolean('Has selection') ? listBox.getString('Selected') : '';
const chosenLabels = (multiple ? shown.split(',') : [shown])
  .map((label) => label.trim())
  .filter((label) => label !== '')
  .filter((label, index, all) => all.findIndex((other) => slug(other) === slug(label)) === index);
const withDescriptions = listBox.getBoolean('Option descriptions');
// A chosen label the sample list lacks comes first; the sample keeps its order.
const rows = [
  ...chosenLabels
    .filter((label) => !sampleOptions.some((option) => slug(option.label) === slug(label)))
    .map((label) => ({ label, description: 'Chosen in the design' })),
  ...sampleOptions,
];
const options = rows
  .map(
    ({ label, description }) =>
      `\n    { value: ${JSON.stringify(slug(label))}, label: ${JSON.stringify(label)}${withDescriptions ? `, description: ${JSON.stringify(description)}` : ''} },`,
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

const size = listBox.getEnum('Size', { Medium: undefined, Small: 'sm', Large: 'lg' });
// Focus is the browser's state, not a prop.
const state = listBox.getEnum('State', {
  Default: 'default',
  Focus: 'default',
  Disabled: 'disabled',
  Invalid: 'invalid',
});
const description = listBox.getBoolean('Has description')
  ? listBox.getString('Description')
  : undefined;
const error = listBox.getBoolean('Has error') ? listBox.getString('Error') : undefined;

export default {
  example: figma.tsx`<ListBox${renderProp('label', listBox.getString('Label')) || ' label=""'}${renderProp('hideLabel', listBox.getBoolean('Hide label'))}${renderProp('description', description)}${renderProp('error', error)}${renderProp('invalid', state === 'invalid' && error === undefined)}${renderProp('size', size)}${renderProp('multiple', multiple)}${renderProp('required', listBox.getBoolean('Required'))}${renderProp('disabled', state === 'disabled')}
  options={[${options}
  ]}${defaultValue}
/>`,
  imports: ["import { ListBox } from 'callicrates'"],
  id: 'ListBox',
  metadata: { nestable: true },
};
