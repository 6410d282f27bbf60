// url=<figma:Filter>
// component=Filter
import figma from 'figma';

// Code Connect for the Figma component "Filter": the pill (its label, the value it shows,
// size, state) and, with "Multiple", a multiple choice. The options are data, not layers: the
// code gets a realistic list with the labels the design shows ("Value"; comma-separated when
// multiple) as its chosen options, their values the labels as slugs, as the starting value
// (`defaultValue`): the design shows a moment, the code owns the state.
const filter = figma.selectedInstance;
const { renderProp } = figma.helpers.react;

const slug = (label: string) =>
  label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'option';
const sampleLabels = ['Open', 'In review', 'Blocked', 'Done'];

const multiple = filter.getBoolean('Multiple');
const shown = filter.getBoolean('Applied') ? filter.getString('Value') : '';
const chosenLabels = (multiple ? shown.split(',') : [shown])
  .map((label) => label.trim())
  .filter((label) => label !== '')
  .filter((label, index, all) => all.findIndex((other) => slug(other) === slug(label)) === index);
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

const size = filter.getEnum('Size', { Medium: undefined, Small: 'sm', Large: 'lg' });
const filterType = filter.getEnum('Type', { Preset: undefined, Added: 'added' });
// Hover, focus and open are the browser's states, not props.
const disabled = filter.getEnum('State', {
  Default: false,
  Hover: false,
  Focus: false,
  Open: false,
  Disabled: true,
});

export default {
  example: figma.tsx`<Filter${renderProp('label', filter.getString('Label')) || ' label=""'}${renderProp('size', size)}${renderProp('multiple', multiple)}${renderProp('filterType', filterType)}${renderProp('searchable', filter.getBoolean('Searchable'))}${renderProp('disabled', disabled)}
  options={[${options}
  ]}${defaultValue}${filterType === 'added' ? '\n  onRemove={() => {}}' : ''}
/>`,
  imports: ["import { Filter } from 'callicrates'"],
  id: 'Filter',
  metadata: { nestable: true },
};
