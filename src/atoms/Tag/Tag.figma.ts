// url=<figma:Tag>
// component=Tag
import figma from 'figma';

// Code Connect for the Figma component "Tag". A selectable tag shown selected starts selected
// (`defaultSelected`): the design shows a moment, the code owns the state.
const tag = figma.selectedInstance;
const { renderProp } = figma.helpers.react;

const icon = tag.getBoolean('Has icon')
  ? tag.getInstanceSwap('Icon')?.executeTemplate().example
  : undefined;
const avatar = tag.getBoolean('Has avatar')
  ? tag.getInstanceSwap('Avatar')?.executeTemplate().example
  : undefined;
const selectable = tag.getBoolean('Selectable');
const selected = selectable && tag.getBoolean('Selected');
// Hover and focus are the browser's states, not props.
const disabled = tag.getEnum('State', {
  Default: false,
  Hover: false,
  Focus: false,
  Disabled: true,
});

export default {
  example: figma.tsx`<Tag${renderProp('label', tag.getString('Label')) || ' label=""'}${renderProp('icon', icon)}${renderProp('avatar', avatar)}${renderProp('selectable', selectable)}${renderProp('defaultSelected', selected)}${renderProp('removable', tag.getBoolean('Removable'))}${renderProp('disabled', disabled)} />`,
  imports: ["import { Tag } from 'callicrates'"],
  id: 'Tag',
  metadata: { nestable: true },
};
