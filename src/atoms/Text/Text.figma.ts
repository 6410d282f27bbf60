// url=<figma:Text>
// component=Text
import figma from 'figma';

// Code Connect for the Figma component "Text": a typography role (the text styles of the
// library), a colour role, weight and alignment. "Inherit" leaves a prop out, as in code.
const text = figma.selectedInstance;
const { renderProp } = figma.helpers.react;

const variant = text.getEnum('Variant', {
  Body: undefined,
  'Body small': 'body-sm',
  Caption: 'caption',
  Code: 'code',
  Display: 'display',
  Headline: 'headline',
  Title: 'title',
  'Label large': 'label-lg',
  Label: 'label',
  'Label small': 'label-sm',
});
const color = text.getEnum('Color', {
  Inherit: undefined,
  Primary: 'primary',
  Secondary: 'secondary',
  Disabled: 'disabled',
  Inverse: 'inverse',
  Link: 'link',
  Info: 'info',
  Success: 'success',
  Warning: 'warning',
  Error: 'error',
});
const weight = text.getEnum('Weight', {
  Inherit: undefined,
  Regular: 'regular',
  Medium: 'medium',
  Semibold: 'semibold',
  Bold: 'bold',
});
const align = text.getEnum('Align', {
  Inherit: undefined,
  Start: 'start',
  Center: 'center',
  End: 'end',
  Justify: 'justify',
});

export default {
  example: figma.tsx`<Text${renderProp('variant', variant)}${renderProp('color', color)}${renderProp('weight', weight)}${renderProp('align', align)}>${text.getString('Text')}</Text>`,
  imports: ["import { Text } from 'callicrates'"],
  id: 'Text',
  metadata: { nestable: true },
};
