// url=<figma:Tabs>
// component=Tabs
import figma from 'figma';

// Code Connect for the Figma component "Tabs": orientation, size, the list's name, and the Tab
// instances in its "Tab list" layer, each rendered by Tab.figma.ts. The tab shown selected
// becomes the starting value (`defaultValue`); each tab gets its TabPanel, the selected one
// holding the design's "Panel" layer. Activation, lazy panels and `linked` are behaviour the
// design does not show.
const tabs = figma.selectedInstance;
const { renderProp } = figma.helpers.react;

const items = tabs.findConnectedInstances((node) => node.codeConnectId() === 'Tab', {
  path: ['Tab list'],
});
const props = items.map(
  (item) => item.executeTemplate().metadata?.props as { value: string; selected: boolean },
);
const selected = props.find((tab) => tab.selected)?.value ?? props[0]?.value;
const orientation = tabs.getEnum('Orientation', { Horizontal: undefined, Vertical: 'vertical' });
const size = tabs.getEnum('Size', { Medium: undefined, Small: 'sm', Large: 'lg' });
// "Overflow": tabs that do not fit scroll (TabList), or move into a More menu (TabListWithMore).
const list =
  tabs.getEnum('Overflow', { Scroll: 'TabList', 'More menu': 'TabListWithMore' }) ?? 'TabList';
const content = tabs.findInstance('Panel').executeTemplate().example;
const panels = props.map((tab) =>
  tab.value === selected
    ? figma.tsx`\n  <TabPanel${renderProp('value', tab.value)}>\n    ${content}\n  </TabPanel>`
    : figma.tsx`\n  <TabPanel${renderProp('value', tab.value)}>…</TabPanel>`,
);

export default {
  example: figma.tsx`<Tabs${renderProp('defaultValue', selected)}${renderProp('orientation', orientation)}${renderProp('size', size)}>
  <${list}${renderProp('aria-label', tabs.getString('Label')) || ' aria-label=""'}>${items.map((item) => figma.tsx`\n    ${item.executeTemplate().example}`)}
  </${list}>${panels}
</Tabs>`,
  imports: [`import { ${list}, TabPanel, Tabs } from 'callicrates'`],
  id: 'Tabs',
  metadata: { nestable: false },
};
