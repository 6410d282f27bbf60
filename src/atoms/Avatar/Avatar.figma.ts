// url=<figma:Avatar>
// component=Avatar
import figma from 'figma';

// Code Connect for the Figma component "Avatar". An image avatar gets a placeholder `src` for
// the developer to replace; `name` is kept as its alternative text and initials fallback.
const avatar = figma.selectedInstance;
const { renderProp } = figma.helpers.react;

const size = avatar.getEnum('Size', {
  Medium: undefined,
  'Extra small': 'xs',
  Small: 'sm',
  Large: 'lg',
  'Extra large': 'xl',
});
const status = avatar.getEnum('Status', {
  None: undefined,
  Online: 'online',
  Away: 'away',
  Busy: 'busy',
  Offline: 'offline',
});
const image = avatar.getEnum('Content', { Initials: false, Image: true });

export default {
  example: figma.tsx`<Avatar${renderProp('name', avatar.getString('Name'))}${renderProp('src', image ? '/avatar.jpg' : undefined)}${renderProp('size', size)}${renderProp('status', status)} />`,
  imports: ["import { Avatar } from 'callicrates'"],
  id: 'Avatar',
  metadata: { nestable: true },
};
