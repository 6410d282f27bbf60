// url=<figma:Link>
// component=Link
import figma from 'figma';

// Code Connect for the Figma component "Link". The design has no address: the snippet writes
// a placeholder `href` for the developer to replace.
const link = figma.selectedInstance;
const { renderProp } = figma.helpers.react;

const variant = link.getEnum('Variant', { Inline: undefined, Standalone: 'standalone' });
const external = link.getBoolean('External');

export default {
  example: figma.tsx`<Link href="${external ? 'https://example.com' : '/'}"${renderProp('variant', variant)}${renderProp('external', external)}>${link.getString('Label')}</Link>`,
  imports: ["import { Link } from 'callicrates'"],
  id: 'Link',
  metadata: { nestable: true },
};
