// url=<figma:SplitButton>
// component=SplitButton
import figma from 'figma';

// Code Connect for the Figma component "SplitButton": the action's label, the menu button's
// accessible name, and Button's Variant, Size and State; the menu items are data in the code.
const split = figma.selectedInstance;
const { renderProp } = figma.helpers.react;

const variant = split.getEnum('Variant', {
  Primary: undefined,
  Secondary: 'secondary',
  Tertiary: 'tertiary',
  Danger: 'danger',
});
const size = split.getEnum('Size', { Medium: undefined, Small: 'sm', Large: 'lg' });
const state = split.getEnum('State', {
  Default: 'default',
  Hover: 'default',
  Focus: 'default',
  Open: 'default',
  Disabled: 'disabled',
  Loading: 'loading',
});

export default {
  example: figma.tsx`<SplitButton${renderProp('variant', variant)}${renderProp('size', size)}${renderProp('loading', state === 'loading')}${renderProp('disabled', state === 'disabled')}${renderProp('menuLabel', split.getString('Menu label'))}
  onClick={() => console.log('save')}
  items={[
    { value: 'save-as', label: 'Save as…' },
    { value: 'copy', label: 'Save a copy' },
  ]}
  onAction={(value) => console.log(value)}
>
  ${split.getString('Label')}
</SplitButton>`,
  imports: ["import { SplitButton } from 'callicrates'"],
  id: 'SplitButton',
  metadata: { nestable: true },
};
