// url=<figma:Container>
// component=Container
import figma from 'figma';

// Code Connect for the Figma component "Container": the page column, centred, as wide as a
// breakpoint at most. Its children are rendered from its "Content" instances.
const container = figma.selectedInstance;
const { renderProp } = figma.helpers.react;

const maxWidth = container.getEnum('Max width', {
  'Extra large': undefined,
  Small: 'sm',
  Medium: 'md',
  Large: 'lg',
  None: 'none',
});
// A text layer is text; an instance is rendered by its own template.
const content = container.children.map((child) =>
  child.type === 'TEXT'
    ? figma.tsx`\n  ${child.textContent}`
    : figma.tsx`\n  ${child.executeTemplate().example}`,
);

export default {
  example: figma.tsx`<Container${renderProp('maxWidth', maxWidth)}>${content}\n</Container>`,
  imports: ["import { Container } from 'callicrates'"],
  id: 'Container',
  metadata: { nestable: true },
};
