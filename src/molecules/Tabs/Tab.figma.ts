// url=<figma:Tab>
// component=Tab
import figma from 'figma';

// Code Connect for the Figma component "Tab", one tab of a Tabs' list. Its value is the label
// as a slug. Which tab is selected is the Tabs' value: Tabs.figma.ts reads "Selected" (and the
// value) from `metadata.props`. A count in the design becomes a Badge (part of the tab's name).
const tab = figma.selectedInstance;
const { renderProp } = figma.helpers.react;

const label = tab.getString('Label');
const value =
  label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'tab';
const icon = tab.getBoolean('Has icon')
  ? tab.getInstanceSwap('Icon')?.executeTemplate().example
  : undefined;
const count = tab.getBoolean('Has badge') ? tab.getString('Count').trim() : undefined;
// As Badge.figma.ts: a count that is not a whole number is shown as the text it is.
const badge =
  count === undefined
    ? undefined
    : /^\d+$/.test(count)
      ? figma.tsx`<Badge count={${Number(count)}}${renderProp('label', tab.getString('Badge label'))} />`
      : figma.tsx`<Badge>${count}</Badge>`;
// Hover and focus are the browser's states, not props.
const disabled = tab.getEnum('State', {
  Default: false,
  Hover: false,
  Focus: false,
  Disabled: true,
});

export default {
  example: figma.tsx`<Tab${renderProp('value', value)}${renderProp('icon', icon)}${badge ? figma.tsx` badge={${badge}}` : ''}${renderProp('disabled', disabled)}>${label === '' ? "{''}" : label}</Tab>`,
  imports: [
    count === undefined
      ? "import { Tab } from 'callicrates'"
      : "import { Badge, Tab } from 'callicrates'",
  ],
  id: 'Tab',
  metadata: { nestable: true, props: { value, label, selected: tab.getBoolean('Selected') } },
};
