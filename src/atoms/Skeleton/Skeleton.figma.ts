// url=<figma:Skeleton>
// component=Skeleton
import figma from 'figma';

// Code Connect for the Figma component "Skeleton": a text placeholder of some lines, or a
// rectangle or circle sized from the size scale.
const skeleton = figma.selectedInstance;
const { renderProp } = figma.helpers.react;

const shape = skeleton.getEnum('Shape', { Text: undefined, Rectangle: 'rect', Circle: 'circle' });
const sizes = {
  '3': '3',
  '4': '4',
  '5': '5',
  '6': '6',
  '8': '8',
  '10': '10',
  '12': '12',
  '14': '14',
  '16': '16',
  '20': '20',
  '24': '24',
};
// Text is as tall as its lines; a rectangle or circle takes a height.
const lines =
  shape === undefined
    ? skeleton.getEnum('Lines', { '1': undefined, '2': 2, '3': 3, '4': 4, '5': 5 })
    : undefined;
const height =
  shape === undefined ? undefined : skeleton.getEnum('Height', { Auto: undefined, ...sizes });

export default {
  example: figma.tsx`<Skeleton${renderProp('shape', shape)}${renderProp('lines', lines)}${renderProp('width', skeleton.getEnum('Width', { Fill: undefined, ...sizes }))}${renderProp('height', height)} />`,
  imports: ["import { Skeleton } from 'callicrates'"],
  id: 'Skeleton',
  metadata: { nestable: true },
};
