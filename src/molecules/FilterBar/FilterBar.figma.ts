// url=<figma:FilterBar>
// component=FilterBar
import figma from 'figma';

// Code Connect for the Figma component "FilterBar": its size, and the filters it lays out.
// The preset filters come from "Filters" (comma-separated labels), the ones the user can add
// from "Addable"; each gets a small sample list of options. The ids are the labels as slugs.
const bar = figma.selectedInstance;
const { renderProp } = figma.helpers.react;

const slug = (label: string) =>
  label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'filter';
const list = (text: string) =>
  text
    .split(',')
    .map((label) => label.trim())
    .filter((label) => label !== '');

const entry = (label: string, added: boolean) =>
  `\n    { id: ${JSON.stringify(slug(label))}, label: ${JSON.stringify(label)}, options: ['One', 'Two', 'Three']${added ? ", filterType: 'added'" : ''} },`;
const seen = new Set<string>();
const filters = [
  ...list(bar.getString('Filters')).map((label) => [label, false] as const),
  ...list(bar.getString('Addable')).map((label) => [label, true] as const),
]
  .filter(([label]) => !seen.has(slug(label)) && Boolean(seen.add(slug(label))))
  .map(([label, added]) => entry(label, added))
  .join('');

const size = bar.getEnum('Size', { Medium: undefined, Small: 'sm', Large: 'lg' });

export default {
  example: figma.tsx`<FilterBar${renderProp('label', bar.getString('Label'))}${renderProp('size', size)}
  filters={[${filters}
  ]}
/>`,
  imports: ["import { FilterBar } from 'callicrates'"],
  id: 'FilterBar',
  metadata: { nestable: true },
};
