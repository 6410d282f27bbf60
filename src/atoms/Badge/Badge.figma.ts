// url=<figma:Badge>
// component=Badge
import figma from 'figma';

// Code Connect for the Figma component "Badge": a text badge, a count or a dot. A count that is
// not a whole number in the design is shown as the text it is.
const badge = figma.selectedInstance;
const { renderProp } = figma.helpers.react;

const variant = badge.getEnum('Variant', {
  Neutral: undefined,
  Info: 'info',
  Success: 'success',
  Warning: 'warning',
  Error: 'error',
});
const type = badge.getEnum('Type', { Text: 'text', Count: 'count', Dot: 'dot' });

function countBadge() {
  const text = badge.getString('Count');
  if (!/^\d+$/.test(text.trim())) {
    return figma.tsx`<Badge${renderProp('variant', variant)}>${text}</Badge>`;
  }
  return figma.tsx`<Badge count={${Number(text)}}${renderProp('label', badge.getString('Label'))}${renderProp('variant', variant)} />`;
}

export default {
  example:
    type === 'dot'
      ? figma.tsx`<Badge dot${renderProp('label', badge.getString('Label'))}${renderProp('variant', variant)} />`
      : type === 'count'
        ? countBadge()
        : figma.tsx`<Badge${renderProp('variant', variant)}>${badge.getString('Text')}</Badge>`,
  imports: ["import { Badge } from 'callicrates'"],
  id: 'Badge',
  metadata: { nestable: true },
};
