// url=<figma:Tooltip>
// component=Tooltip
import figma from 'figma';

// Code Connect for the Figma component "Tooltip": its text, where it opens, its arrow, and
// whether the text only repeats the trigger's hidden name ("Repeats name": the label of an
// icon-only rail link, which stays visual). Its "Trigger" layer is the element it describes,
// which the Tooltip wraps.
const tooltip = figma.selectedInstance;
const { renderProp } = figma.helpers.react;

const placement = tooltip.getEnum('Placement', {
  Top: undefined,
  'Top start': 'top-start',
  'Top end': 'top-end',
  Bottom: 'bottom',
  'Bottom start': 'bottom-start',
  'Bottom end': 'bottom-end',
  Start: 'start',
  'Start start': 'start-start',
  'Start end': 'start-end',
  End: 'end',
  'End start': 'end-start',
  'End end': 'end-end',
});
const trigger = tooltip.findInstance('Trigger').executeTemplate().example;

export default {
  example: figma.tsx`<Tooltip${renderProp('content', tooltip.getString('Text')) || ' content=""'}${renderProp('placement', placement)}${renderProp('arrow', tooltip.getBoolean('Arrow'))}${renderProp('repeatsName', tooltip.getBoolean('Repeats name'))}>
  ${trigger}
</Tooltip>`,
  imports: ["import { Tooltip } from 'callicrates'"],
  id: 'Tooltip',
  metadata: { nestable: false },
};
