// url=<figma:CheckboxGroup>
// component=CheckboxGroup
import figma from 'figma';

// Code Connect for the Figma component "Checkbox group": the group's own properties, and the
// Checkbox instances in its "Options" layer, each rendered by Checkbox.figma.ts. Boxes shown
// checked become the group's starting value.
const group = figma.selectedInstance;
const { renderProp } = figma.helpers.react;

const options = group.findConnectedInstances((node) => node.codeConnectId() === 'Checkbox', {
  path: ['Options'],
});
const checked = options
  .map((option) => option.executeTemplate().metadata?.props as { value: string; checked: boolean })
  .filter((props) => props.checked)
  .map((props) => JSON.stringify(props.value));
const orientation = group.getEnum('Orientation', { Vertical: undefined, Horizontal: 'horizontal' });
const size = group.getEnum('Size', { Medium: undefined, Small: 'sm', Large: 'lg' });
const state = group.getEnum('State', {
  Default: 'default',
  Disabled: 'disabled',
  'Read only': 'readOnly',
});
const description = group.getBoolean('Has description')
  ? group.getString('Description')
  : undefined;
const error = group.getBoolean('Has error') ? group.getString('Error') : undefined;

export default {
  example: figma.tsx`<CheckboxGroup${renderProp('label', group.getString('Label')) || ' label=""'}${renderProp('description', description)}${renderProp('error', error)}${checked.length > 0 ? ` defaultValue={[${checked.join(', ')}]}` : ''}${renderProp('orientation', orientation)}${renderProp('size', size)}${renderProp('required', group.getBoolean('Required'))}${renderProp('disabled', state === 'disabled')}${renderProp('readOnly', state === 'readOnly')}>${options.map((option) => figma.tsx`\n  ${option.executeTemplate().example}`)}
</CheckboxGroup>`,
  imports: ["import { CheckboxGroup } from 'callicrates'"],
  id: 'CheckboxGroup',
  metadata: { nestable: true },
};
