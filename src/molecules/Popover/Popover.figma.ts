// url=<figma:Popover>
// component=Popover
import figma from 'figma';

// Code Connect for the Figma component "Popover": where it opens, its arrow, its title and the
// content in its "Content" layer. Its "Trigger" layer is the element that opens it.
const popover = figma.selectedInstance;
const { renderProp } = figma.helpers.react;

const placement = popover.getEnum('Placement', {
  Bottom: undefined,
  'Bottom start': 'bottom-start',
  'Bottom end': 'bottom-end',
  Top: 'top',
  'Top start': 'top-start',
  'Top end': 'top-end',
  Start: 'start',
  'Start start': 'start-start',
  'Start end': 'start-end',
  End: 'end',
  'End start': 'end-start',
  'End end': 'end-end',
});
const trigger = popover.findInstance('Trigger').executeTemplate().example;
const content = popover.findInstance('Content').executeTemplate().example;

export default {
  example: figma.tsx`<PopoverTrigger>
  ${trigger}
  <Popover${renderProp('title', popover.getString('Title'))}${renderProp('placement', placement)}${renderProp('arrow', popover.getBoolean('Arrow'))}>
    ${content}
  </Popover>
</PopoverTrigger>`,
  imports: ["import { Popover, PopoverTrigger } from 'callicrates'"],
  id: 'Popover',
  metadata: { nestable: false },
};
