// url=<figma:Grid>
// component=Grid
import figma from 'figma';

// Code Connect for the Figma component "Grid": the layout grid, its columns and gutters from
// the grid tokens of each breakpoint, and the "Grid item" instances placed on it, each
// rendered by GridItem.figma.ts.
const grid = figma.selectedInstance;
const { renderProp } = figma.helpers.react;

const rowGap = grid.getEnum('Row gap', {
  Gutter: undefined,
  '0': '0',
  '1': '1',
  '2': '2',
  '3': '3',
  '4': '4',
  '5': '5',
  '6': '6',
  '8': '8',
  '10': '10',
  '12': '12',
  '16': '16',
  '20': '20',
  '24': '24',
});
const items = grid
  .findConnectedInstances((node) => node.codeConnectId() === 'GridItem')
  .map((item) => figma.tsx`\n  ${item.executeTemplate().example}`);

export default {
  example: figma.tsx`<Grid${renderProp('rowGap', rowGap)}>${items}\n</Grid>`,
  imports: ["import { Grid } from 'callicrates'"],
  id: 'Grid',
  metadata: { nestable: true },
};
