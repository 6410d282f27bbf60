// url=<figma:RadioGroup>
// component=RadioGroup
import figma from 'figma';

// Code Connect for the Figma component "Radio group": the group's own properties, and the
// Radio instances in its "Options" layer, each rendered by Radio.figma.ts. The radio shown
// selected becomes the group's starting value.
const group = figma.selectedInstance;
const { renderProp } = figma.helpers.react;

const options = group.findConnectedInstances((node) => node.codeConnectId() === 'Radio', {
  path: ['Options'],
});
const selected = options
  .map((option) => option.executeTemplate().metadata?.props as { value: string; selected: boolean })
  .find((props) => props.selected)?.value;
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
  example: figma.tsx`<RadioGroup${renderProp('label', group.getString('Label')) || ' label=""'}${renderProp('description', description)}${renderProp('error', error)}${renderProp('defaultValue', selected)}${renderProp('orientation', orientation)}${renderProp('size', size)}${renderProp('required', group.getBoolean('Required'))}${renderProp('disabled', state === 'disabled')}${renderProp('readOnly', state === 'readOnly')}>${options.map((option) => figma.tsx`\n  ${option.executeTemplate().example}`)}
</RadioGroup>`,
  imports: ["import { RadioGroup } from 'callicrates'"],
  id: 'RadioGroup',
  metadata: { nestable: true },
};
