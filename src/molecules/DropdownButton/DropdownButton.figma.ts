// url=<figma:DropdownButton>
// component=DropdownButton
import figma from 'figma';

// Code Connect for the Figma component "DropdownButton": a Button with a chevron (the same
// Variant, Size and State properties as Button) whose menu items are data in the code.
const button = figma.selectedInstance;
const { renderProp } = figma.helpers.react;

const variant = button.getEnum('Variant', {
  Primary: undefined,
  Secondary: 'secondary',
  Tertiary: 'tertiary',
  Danger: 'danger',
});
const size = button.getEnum('Size', { Medium: undefined, Small: 'sm', Large: 'lg' });
// Hover, focus, press and open are the browser's states, not props.
const state = button.getEnum('State', {
  Default: 'default',
  Hover: 'default',
  Focus: 'default',
  Pressed: 'default',
  Open: 'default',
  Disabled: 'disabled',
  Loading: 'loading',
});

export default {
  example: figma.tsx`<DropdownButton${renderProp('variant', variant)}${renderProp('size', size)}${renderProp('loading', state === 'loading')}${renderProp('disabled', state === 'disabled')}
  items={[
    { value: 'pdf', label: 'PDF' },
    { value: 'csv', label: 'CSV' },
  ]}
  onAction={(value) => console.log(value)}
>
  ${button.getString('Label')}
</DropdownButton>`,
  imports: ["import { DropdownButton } from 'callicrates'"],
  id: 'DropdownButton',
  metadata: { nestable: true },
};
