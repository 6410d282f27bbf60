import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ListPage } from './ListPage';
import { figmaDesign } from '../../.storybook/design';
import { templateParameters } from './templateParameters';

const meta = {
  title: 'Templates/List',
  component: ListPage,
  parameters: {
    design: figmaDesign('Templates/List'),
    ...templateParameters,
    docs: {
      description: {
        component: `An invoice list built only from the library's exports and layout props: a FilterBar (Status and Client preset, Amount to add), a List of links with a status Badge at the end of each row, Pagination by eight, and an EmptyState, announced, with a way out when the filters match nothing.

Photographed at the \`sm\` and \`xl\` breakpoints in every scheme; axe checks it as a whole page.`,
      },
    },
  },
} satisfies Meta<typeof ListPage>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Options open in the top layer, outside the canvas. */
const body = () => within(document.body);
const rows = (canvas: ReturnType<typeof within>) =>
  within(canvas.getByRole('list', { name: /invoices/ })).getAllByRole('listitem');

/** Every invoice, eight to a page; the pages move through them. Left on page 2. */
export const Default: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { level: 2, name: '30 invoices' })).toBeVisible();
    await expect(rows(canvas)).toHaveLength(8);
    await expect(canvas.getByRole('link', { name: /INV-2060/ })).toHaveAttribute(
      'href',
      '#invoices/INV-2060',
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Page 2' }));
    await expect(canvas.getByText('Showing 9–16')).toBeVisible();
    await expect(canvas.getByRole('link', { name: /INV-2052/ })).toBeVisible();
  },
};

/** Overdue invoices of a client who has none: the EmptyState replaces the list and pages. */
export const NoMatches: Story = {
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Status' }));
    await userEvent.click(await body().findByRole('option', { name: 'Overdue' }));
    await userEvent.keyboard('{Escape}');
    await expect(canvas.getByRole('heading', { level: 2, name: '4 invoices' })).toBeVisible();
    await expect(rows(canvas).map((row) => row.textContent)).toEqual(
      Array.from({ length: 4 }, () => expect.stringContaining('Overdue')),
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Client' }));
    await userEvent.click(await body().findByRole('option', { name: 'Ernst Handel' }));
    const empty = await canvas.findByRole('heading', {
      level: 2,
      name: 'No invoices match these filters',
    });
    await expect(empty).toBeVisible();
    await expect(canvas.queryByRole('list', { name: /invoices/ })).toBeNull();
    await expect(canvas.queryByRole('navigation', { name: 'Invoice pages' })).toBeNull();
  },
};

/** "Clear filters" in the EmptyState brings every invoice back. */
export const ClearFilters: Story = {
  args: { defaultFilters: { status: ['overdue'], client: 'Alfreds Futterkiste' } },
  play: async ({ canvas }) => {
    await expect(
      canvas.getByRole('heading', { name: 'No invoices match these filters' }),
    ).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(rows(canvas)).toHaveLength(8));
    await expect(canvas.getByRole('heading', { level: 2, name: '30 invoices' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Status' })).toBeVisible();
  },
};
