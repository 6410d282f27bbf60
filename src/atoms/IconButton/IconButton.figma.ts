// url=<figma:IconButton>
// component=IconButton
import figma from 'figma';

// Code Connect for the Figma component "Icon button". Its "Label" is a hidden text property:
// the button's accessible name, required in code, so the designer writes it in the design.
const iconButton = figma.selectedInstance;
const { renderProp } = figma.helpers.react;

// Tertiary is the default here, unlike Button: icon buttons mostly sit in toolbars.
const variant = iconButton.getEnum('Variant', {
  Tertiary: undefined,
  Primary: 'primary',
  Secondary: 'secondary',
  Danger: 'danger',
});
const size = iconButton.getEnum('Size', { Medium: undefined, Small: 'sm', Large: 'lg' });
// Hover, focus and press are the browser's states, not props.
const state = iconButton.getEnum('State', {
  Default: 'default',
  Hover: 'default',
  Focus: 'default',
  Pressed: 'default',
  Disabled: 'disabled',
  Loading: 'loading',
});
const icon = iconButton.getInstanceSwap('Icon')?.executeTemplate().example;
const label = iconButton.getString('Label');

export default {
  example: figma.tsx`<IconButton${renderProp('label', label) || ' label=""'}${renderProp('icon', icon)}${renderProp('variant', variant)}${renderProp('size', size)}${renderProp('loading', state === 'loading')}${renderProp('disabled', state === 'disabled')} />`,
  imports: ["import { IconButton } from 'callicrates'"],
  id: 'IconButton',
  metadata: { nestable: true },
};
