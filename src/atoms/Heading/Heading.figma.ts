// url=<figma:Heading>
// component=Heading
import figma from 'figma';

// Code Connect for the Figma component "Heading". The level is the document outline (h1–h6);
// each level has the typography role of `headingVariantByLevel`, which "Variant" can override.
const heading = figma.selectedInstance;
const { renderProp } = figma.helpers.react;

const level = heading.getEnum('Level', { '2': 2, '1': 1, '3': 3, '4': 4, '5': 5, '6': 6 });
const variant = heading.getEnum('Variant', {
  'By level': undefined,
  Display: 'display',
  Headline: 'headline',
  Title: 'title',
  'Label large': 'label-lg',
  Label: 'label',
  'Label small': 'label-sm',
  Body: 'body',
  'Body small': 'body-sm',
  Caption: 'caption',
  Code: 'code',
});

export default {
  example: figma.tsx`<Heading level={${level}}${renderProp('variant', variant)}>${heading.getString('Text')}</Heading>`,
  imports: ["import { Heading } from 'callicrates'"],
  id: 'Heading',
  metadata: { nestable: true },
};
