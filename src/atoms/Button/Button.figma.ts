// url=<figma:Button>
// component=Button
import figma from 'figma';

// Code Connect for the Figma component "Button": its properties, named as the design library
// names them, to ButtonProps; an option that matches the prop's default writes nothing. `npm
// test` runs it with every value of every property and type-checks what it emits.
const button = figma.selectedInstance;
const { renderProp } = figma.helpers.react;

const variant = button.getEnum('Variant', {
  Primary: undefined,
  Secondary: 'secondary',
  Tertiary: 'tertiary',
  Danger: 'danger',
});
const size = button.getEnum('Size', { Medium: undefined, Small: 'sm', Large: 'lg' });
// Hover, focus and press are the browser's states, not props.
const state = button.getEnum('State', {
  Default: 'default',
  Hover: 'default',
  Focus: 'default',
  Pressed: 'default',
  Disabled: 'disabled',
  Loading: 'loading',
});
const startIcon = button.getBoolean('Has start icon')
  ? button.getInstanceSwap('Start icon')?.executeTemplate().example
  : undefined;
const endIcon = button.getBoolean('Has end icon')
  ? button.getInstanceSwap('End icon')?.executeTemplate().example
  : undefined;

export default {
  example: figma.tsx`<Button${renderProp('variant', variant)}${renderProp('size', size)}${renderProp('startIcon', startIcon)}${renderProp('endIcon', endIcon)}${renderProp('fullWidth', button.getBoolean('Full width'))}${renderProp('loading', state === 'loading')}${renderProp('disabled', state === 'disabled')}>${button.getString('Label')}</Button>`,
  imports: ["import { Button } from 'callicrates'"],
  id: 'Button',
  metadata: { nestable: true },
};
