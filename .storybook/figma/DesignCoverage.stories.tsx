import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import coverage from 'virtual:callicrates/design-coverage';
import { DesignCoveragePage } from './DesignCoverage';

const meta = {
  title: 'Figma/Design coverage',
  tags: ['!autodocs'],
  parameters: {
    visual: {
      disable: true,
      reason:
        "Generated from the templates, stories and the branch's Figma file: it changes with each of them and differs between release channels. scripts/figma/connect/templates.test.ts checks its data.",
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every component of the Figma library, its template, mappings and stories. */
export const Overview: Story = {
  render: () => <DesignCoveragePage coverage={coverage} />,
  play: async ({ canvasElement }) => {
    const page = within(canvasElement);
    const table = page.getByRole('table', { name: 'Components' });
    for (const component of coverage.components) {
      const row = within(table).getByRole('rowheader', { name: component.name }).closest('tr');
      await expect(row).not.toBeNull();
      await expect(
        within(row as HTMLElement).getByRole('link', {
          name: `${component.name} in Figma, node ${component.nodeId}`,
        }),
      ).toHaveAttribute('href', component.nodeUrl);
    }
    await expect(page.queryByRole('heading', { name: 'Gaps' })).toBeNull();
  },
};
