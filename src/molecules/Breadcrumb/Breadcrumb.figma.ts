// url=<figma:Breadcrumb>
// component=Breadcrumb
import figma from 'figma';

// Code Connect for the Figma component "Breadcrumb": size, the steps the design shows (its
// "Items" text, one step per line or separated by "/", the last the current page) and whether
// the middle is collapsed. Destinations are data the design does not hold: each step gets a
// placeholder `href` built from its label, to fill in.
const breadcrumb = figma.selectedInstance;
const { renderProp } = figma.helpers.react;

const size = breadcrumb.getEnum('Size', { Medium: undefined, Small: 'sm' });
const labels = breadcrumb
  .getString('Items')
  .split(/\n|\//)
  .map((label) => label.trim())
  .filter((label) => label !== '');
const steps = labels.length > 0 ? labels : ['Home', 'Section', 'Page'];
const slug = (label: string) =>
  label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const items = steps
  .map((label, index) =>
    index === steps.length - 1
      ? `\n    { label: ${JSON.stringify(label)} },`
      : `\n    { label: ${JSON.stringify(label)}, href: ${JSON.stringify(
          `/${steps
            .slice(1, index + 1)
            .map(slug)
            .join('/')}`,
        )} },`,
  )
  .join('');
const collapsed = breadcrumb.getBoolean('Collapsed');

export default {
  example: figma.tsx`<Breadcrumb${renderProp('size', size)}${collapsed ? ' maxItems="auto"' : ''}
  items={[${items}
  ]}
/>`,
  imports: ["import { Breadcrumb } from 'callicrates'"],
  id: 'Breadcrumb',
  metadata: { nestable: true },
};
