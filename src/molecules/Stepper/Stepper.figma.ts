// url=<figma:Stepper>
// component=Stepper
import figma from 'figma';

// Code Connect for the Figma component "Stepper": its orientation, its name, and the Step
// instances in its "Steps" layer, each rendered by Step.figma.ts.
const stepper = figma.selectedInstance;
const { renderProp } = figma.helpers.react;

const orientation = stepper.getEnum('Orientation', {
  Horizontal: undefined,
  Vertical: 'vertical',
});
const steps = stepper
  .findConnectedInstances((node) => node.codeConnectId() === 'Step', { path: ['Steps'] })
  .map((step) => figma.tsx`\n  ${step.executeTemplate().example}`);

export default {
  example: figma.tsx`<Stepper${renderProp('aria-label', stepper.getString('Label'))}${renderProp('orientation', orientation)}>${steps}
</Stepper>`,
  imports: ["import { Stepper } from 'callicrates'"],
  id: 'Stepper',
  metadata: { nestable: true },
};
