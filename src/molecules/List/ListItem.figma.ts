// url=<figma:ListItem>
// component=ListItem
import figma from 'figma';

// Code Connect for the Figma component "List item", a row of a List: title, description, and
// what sits in its start and end slots. Its value (for a selectable List) is the title as a
// slug; whether it is shown checked is the List's value: List.figma.ts reads "Selected" from
// `metadata.props`. "Target" makes the whole row one link (a route to fill in) or one button.
const item = figma.selectedInstance;
const { renderProp } = figma.helpers.react;

const title = item.getString('Title');
const value =
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'item';
const description = item.getBoolean('Has description') ? item.getString('Description') : undefined;
const start = item.getBoolean('Has start')
  ? item.getInstanceSwap('Start')?.executeTemplate().example
  : undefined;
const end = item.getBoolean('Has end')
  ? item.getInstanceSwap('End')?.executeTemplate().example
  : undefined;
const target = item.getEnum('Target', { None: 'none', Link: 'link', Action: 'action' });
// Hover and focus are the browser's states, not props.
const disabled = item.getEnum('State', {
  Default: false,
  Hover: false,
  Focus: false,
  Disabled: true,
});

export default {
  example: figma.tsx`<ListItem${renderProp('value', value)}${renderProp('title', title) || ' title=""'}${renderProp('description', description)}${renderProp('start', start)}${renderProp('end', end)}${target === 'link' ? ' href="/"' : ''}${target === 'action' ? ' onClick={() => {}}' : ''}${renderProp('disabled', disabled)} />`,
  imports: ["import { ListItem } from 'callicrates'"],
  id: 'ListItem',
  metadata: { nestable: true, props: { value, selected: item.getBoolean('Selected') } },
};
