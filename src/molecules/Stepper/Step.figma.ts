// url=<figma:Step>
// component=Step
import figma from 'figma';

// Code Connect for the Figma component "Step", one step of a Stepper: its title, description
// and status. "Clickable" gives it a target (a route to fill in): only steps a user may go
// back to are clickable.
const step = figma.selectedInstance;
const { renderProp } = figma.helpers.react;

const status = step.getEnum('Status', {
  Pending: undefined,
  Current: 'current',
  Done: 'done',
  Warning: 'warning',
  Error: 'error',
});
const description = step.getBoolean('Has description') ? step.getString('Description') : undefined;

export default {
  example: figma.tsx`<Step${renderProp('title', step.getString('Title')) || ' title=""'}${renderProp('description', description)}${renderProp('status', status)}${step.getBoolean('Clickable') ? ' href="/"' : ''} />`,
  imports: ["import { Step } from 'callicrates'"],
  id: 'Step',
  metadata: { nestable: true },
};
