// url=<figma:List>
// component=List
import figma from 'figma';

// Code Connect for the Figma component "List": size, dividers, selection by checkbox, and the
// List item instances in its "Items" layer, each rendered by ListItem.figma.ts. In a selectable
// list, the rows shown checked become the starting value (`defaultValue`).
const list = figma.selectedInstance;
const { renderProp } = figma.helpers.react;

const items = list.findConnectedInstances((node) => node.codeConnectId() === 'ListItem', {
  path: ['Items'],
});
const selectable = list.getBoolean('Selectable');
const checked = selectable
  ? items
      .map((item) => item.executeTemplate().metadata?.props as { value: string; selected: boolean })
      .filter((props) => props.selected)
      .map((props) => props.value)
  : [];
const size = list.getEnum('Size', { Medium: undefined, Small: 'sm' });

export default {
  example: figma.tsx`<List${renderProp('size', size)}${renderProp('dividers', list.getBoolean('Dividers'))}${renderProp('selectable', selectable)}${checked.length > 0 ? ` defaultValue={${JSON.stringify(checked)}}` : ''}${selectable ? ' aria-label="Items"' : ''}>${items.map((item) => figma.tsx`\n  ${item.executeTemplate().example}`)}
</List>`,
  imports: ["import { List } from 'callicrates'"],
  id: 'List',
  metadata: { nestable: false },
};
