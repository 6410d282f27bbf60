// url=<figma:TagGroup>
// component=TagGroup
import figma from 'figma';

// Code Connect for the Figma component "TagGroup": a label, tags ("Tags", comma-separated,
// the values their labels as slugs), how many can be selected and whether they can be
// removed. Selected tags in the design ("Selected", comma-separated) become the starting
// value (`defaultValue`): the design shows a moment, the code owns the state.
const group = figma.selectedInstance;
const { renderProp } = figma.helpers.react;

const slug = (label: string) =>
  label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'tag';
const list = (text: string) =>
  text
    .split(',')
    .map((label) => label.trim())
    .filter((label) => label !== '');

const labels = list(group.getString('Tags')).filter(
  (label, index, all) => all.findIndex((other) => slug(other) === slug(label)) === index,
);
const options = (labels.length > 0 ? labels : ['News', 'Travel', 'Gaming'])
  .map(
    (label) => `\n    { value: ${JSON.stringify(slug(label))}, label: ${JSON.stringify(label)} },`,
  )
  .join('');
const selectionMode = group.getEnum('Selection', {
  None: undefined,
  Single: 'single',
  Multiple: 'multiple',
});
const chosen = list(group.getString('Selected')).map((label) => JSON.stringify(slug(label)));
const defaultValue =
  selectionMode === 'multiple'
    ? chosen.length > 0
      ? ` defaultValue={[${chosen.join(', ')}]}`
      : ''
    : selectionMode === 'single' && chosen.length > 0
      ? ` defaultValue=${chosen[0]}`
      : '';
const removable = group.getBoolean('Removable');
const description = group.getBoolean('Has description')
  ? group.getString('Description')
  : undefined;

export default {
  example: figma.tsx`<TagGroup${renderProp('label', group.getString('Label')) || ' label=""'}${renderProp('hideLabel', group.getBoolean('Hide label'))}${renderProp('description', description)}${renderProp('selectionMode', selectionMode)}${renderProp('disabled', group.getBoolean('Disabled'))}
  options={[${options}
  ]}${defaultValue}${removable ? '\n  onRemove={(value) => {}}' : ''}
/>`,
  imports: ["import { TagGroup } from 'callicrates'"],
  id: 'TagGroup',
  metadata: { nestable: true },
};
