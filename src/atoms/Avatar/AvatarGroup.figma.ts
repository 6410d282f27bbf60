// url=<figma:AvatarGroup>
// component=AvatarGroup
import figma from 'figma';

// Code Connect for the Figma component "Avatar group": its size, and the Avatar instances in
// its "Avatars" layer, each rendered by Avatar.figma.ts.
const group = figma.selectedInstance;
const { renderProp } = figma.helpers.react;

// Always written: a group's size overrides its avatars' own.
const size = group.getEnum('Size', {
  Medium: 'md',
  'Extra small': 'xs',
  Small: 'sm',
  Large: 'lg',
  'Extra large': 'xl',
});
const avatars = group
  .findConnectedInstances((node) => node.codeConnectId() === 'Avatar', { path: ['Avatars'] })
  .map((avatar) => figma.tsx`\n  ${avatar.executeTemplate().example}`);

export default {
  example: figma.tsx`<AvatarGroup${renderProp('label', group.getString('Label'))}${renderProp('size', size)}>${avatars}\n</AvatarGroup>`,
  imports: ["import { AvatarGroup } from 'callicrates'"],
  id: 'AvatarGroup',
  metadata: { nestable: true },
};
