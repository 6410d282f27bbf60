// url=<figma:Icon>
// component=Icon
import figma from 'figma';
import { iconGroups } from './iconGroups';

// Code Connect for the Figma component set "Icon": one variant per icon, named as lucide names
// it ("ArrowLeft", "Trash2"), so the options come from the same list as the gallery and a new
// icon is connected as soon as it joins iconGroups.
const icon = figma.selectedInstance;
const { renderProp } = figma.helpers.react;

const names: string[] = Object.values(iconGroups).flat();
const component = icon.getEnum(
  'Name',
  Object.fromEntries(names.map((name) => [name.replace(/Icon$/, ''), name])),
);
const size = icon.getEnum('Size', { Medium: undefined, Small: 'sm', Large: 'lg' });

export default {
  example: figma.tsx`<${component}${renderProp('size', size)} />`,
  imports: [`import { ${component} } from 'callicrates'`],
  id: 'Icon',
  // `inherit` (follow the surrounding font size) is a code-only size: a Figma icon has a fixed one.
  metadata: { nestable: true, codeOnly: { size: ['inherit'] } },
};
