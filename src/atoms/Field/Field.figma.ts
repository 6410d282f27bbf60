// url=<figma:Field>
// component=Field
import figma from 'figma';

// Code Connect for the Figma component "Field": the anatomy around a control Callicrates does
// not have (label, description, error), with the control in its "Control" layer. In code the
// same texts go to useField, which wires the ids and aria attributes the control needs.
const field = figma.selectedInstance;
const { renderProp } = figma.helpers.react;

const label = field.getString('Label');
const description = field.getBoolean('Has description')
  ? field.getString('Description')
  : undefined;
const error = field.getBoolean('Has error') ? field.getString('Error') : undefined;
const control = field.findInstance('Control').executeTemplate().example;
const options = [
  `component: 'MyControl'`,
  `label: ${JSON.stringify(label)}`,
  ...(description === undefined ? [] : [`description: ${JSON.stringify(description)}`]),
  ...(error === undefined ? [] : [`error: ${JSON.stringify(error)}`]),
].join(', ');

export default {
  example: figma.tsx`const ids = useField({ ${options} });

<Field ids={ids}${renderProp('label', label)}${renderProp('description', description)}${renderProp('error', error)}${renderProp('required', field.getBoolean('Required'))}${renderProp('disabled', field.getEnum('State', { Default: false, Disabled: true }))}>
  ${control}
</Field>`,
  imports: ["import { Field, useField } from 'callicrates'"],
  id: 'Field',
  metadata: { nestable: false },
};
