// url=<figma:Disclosure>
// component=Disclosure
import figma from 'figma';

// Code Connect for the Figma component "Disclosure": its title, whether it is shown open, and
// the content in its "Content" layer. Shown open becomes `defaultOpen`: the design shows a
// moment, the code owns the state.
const disclosure = figma.selectedInstance;
const { renderProp } = figma.helpers.react;

const title = disclosure.getString('Title');
const open = disclosure.getBoolean('Open');
// Hover and focus are the browser's states, not props.
const disabled = disclosure.getEnum('State', {
  Default: false,
  Hover: false,
  Focus: false,
  Disabled: true,
});
const content = disclosure.findInstance('Content').executeTemplate().example;

export default {
  example: figma.tsx`<Disclosure${renderProp('title', title) || ' title=""'}${renderProp('defaultOpen', open)}${renderProp('disabled', disabled)}>
  ${content}
</Disclosure>`,
  imports: ["import { Disclosure } from 'callicrates'"],
  id: 'Disclosure',
  metadata: { nestable: true },
};
