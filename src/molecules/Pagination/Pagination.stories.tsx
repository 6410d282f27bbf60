import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent } from 'storybook/test';
import { figmaDesign } from '../../../.storybook/design';
import { inlineRadio, RightToLeftBlock, Zoom200Block } from '../../../.storybook/stories';
import { cssVar } from '../../tokens';
import { PageSizeSelect, Pagination, paginationVariants } from '.';

const meta = {
  title: 'Molecules/Pagination',
  component: Pagination,
  subcomponents: { PageSizeSelect },
  args: { pageCount: 20, defaultPage: 1 },
  argTypes: {
    variant: inlineRadio(paginationVariants),
    size: inlineRadio(['sm', 'md']),
  },
  parameters: {
    design: figmaDesign('Pagination'),
    docs: {
      description: {
        component: `Moves through the pages of a long list: a \`<nav>\` landmark (\`label\`, "Pagination" by default) holding previous, the pages and next, the current page \`aria-current="page"\`. Far pages collapse into gaps (\`siblingCount\`, \`boundaryCount\`), always as many items wherever the page is, so the buttons never shift under the pointer. \`variant="compact"\` shows "Page X of Y" instead (\`statusLabel\`), read out politely when it changes; \`showFirstLast\` adds first and last.

**Links or buttons.** \`pageHref\` makes every item a link (a server-rendered list, or a router's: \`as={RouterLink}\` and \`pageTo\`, as on Link); without it the items are buttons calling \`onPageChange\`, or, given \`name\`, submit buttons that send the page from a form without script. Previous and next stay focusable at the ends (\`aria-disabled\`). The arrows mirror right to left.

**Page size.** \`PageSizeSelect\`, a Select of sizes ("Rows per page"), sits beside it; it is apart so a Pagination without it does not carry the Select.

**Use** Pagination when the user needs to reach a given page, or the page is part of the URL. **Don't** use it for a feed read from the top (load more as the user scrolls), or to step through a task (use Stepper).`,
      },
    },
  },
} satisfies Meta<typeof Pagination>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Playground: Story = {
  play: async ({ canvas }) => {
    const nav = canvas.getByRole('navigation', { name: 'Pagination' });
    await expect(nav).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Page 3' }));
    await expect(canvas.getByRole('button', { name: 'Page 3' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  },
};

/** Numbered near each end and in the middle: always seven items between the arrows. */
export const Numbered: Story = {
  parameters: { visual: { forcedColors: true } },
  render: (args) => (
    <div style={{ display: 'grid', gap: cssVar('space.4') }}>
      <Pagination {...args} label="First page shown" defaultPage={1} />
      <Pagination {...args} label="Middle page shown" defaultPage={10} />
      <Pagination {...args} label="Last page shown" defaultPage={20} />
      <Pagination {...args} label="Few pages" pageCount={4} defaultPage={2} />
    </div>
  ),
  play: async ({ canvas }) => {
    const middle = canvas.getByRole('navigation', { name: 'Middle page shown' });
    await expect(middle).toHaveTextContent('1…91011…20');
  },
};

/** The compact form, for narrow spaces: "Page X of Y" between the arrows. */
export const Compact: Story = {
  args: { variant: 'compact', defaultPage: 4, pageCount: 12 },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Next page' }));
    await expect(canvas.getByText('Page 5 of 12')).toHaveAttribute('aria-live', 'polite');
  },
};

export const Sizes: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: cssVar('space.4') }}>
      <Pagination {...args} size="sm" label="Small" showFirstLast />
      <Pagination {...args} label="Medium" showFirstLast />
    </div>
  ),
};

/** First and last, disabled (yet focusable) at the ends. */
export const FirstAndLast: Story = {
  args: { showFirstLast: true, defaultPage: 20 },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Last page' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await userEvent.click(canvas.getByRole('button', { name: 'First page' }));
    await expect(canvas.getByRole('button', { name: 'Page 1' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  },
};

/** Link items, as a server-rendered list needs: each page a URL. */
export const Links: Story = {
  args: { page: 6, pageHref: (page: number) => `?page=${page}` },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('link', { name: 'Page 6' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(canvas.getByRole('link', { name: 'Next page' })).toHaveAttribute(
      'href',
      '?page=7',
    );
  },
};

/** Keyboard: Tab visits each item, Enter or Space chooses; focus stays on the page chosen. */
export const KeyboardFocus: Story = {
  args: { defaultPage: 2, pageCount: 5 },
  play: async ({ canvas }) => {
    canvas.getByRole('button', { name: 'Page 2' }).focus();
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    const three = canvas.getByRole('button', { name: 'Page 3' });
    await expect(three).toHaveFocus();
    await expect(three).toHaveAttribute('aria-current', 'page');
  },
};

/** A results list with its page size beside the pages: changing the size goes back to page 1. */
export const WithPageSize: Story = {
  render: function Render(args) {
    const [pageSize, setPageSize] = useState(25);
    const [page, setPage] = useState(3);
    const total = 1234;
    return (
      <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'end', gap: cssVar('space.6') }}>
        <PageSizeSelect
          value={pageSize}
          onValueChange={(size) => {
            setPageSize(size);
            setPage(1);
          }}
          size={args.size}
        />
        <Pagination
          {...args}
          page={page}
          onPageChange={setPage}
          pageCount={Math.ceil(total / pageSize)}
        />
      </div>
    );
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('combobox', { name: 'Rows per page' })).toHaveTextContent('25');
    await expect(canvas.getByRole('button', { name: 'Page 50' })).toBeVisible();
  },
};

/** Stress: pages in the thousands keep their items square enough and the row wraps. */
export const LongNumbers: Story = {
  args: { pageCount: 12345, defaultPage: 6789, showFirstLast: true },
  render: (args) => (
    <div style={{ maxInlineSize: '20rem' }}>
      <Pagination {...args} />
    </div>
  ),
};

/** Stress: right-to-left. Previous at the right, its arrow pointing right. */
export const RightToLeft: Story = {
  render: (args) => (
    <RightToLeftBlock>
      <Pagination
        {...args}
        label="التنقل بين الصفحات"
        previousLabel="الصفحة السابقة"
        nextLabel="الصفحة التالية"
        pageLabel={(page) => `الصفحة ${page}`}
        defaultPage={5}
      />
    </RightToLeftBlock>
  ),
  play: async ({ canvas }) => {
    const previous = canvas.getByRole('button', { name: 'الصفحة السابقة' });
    const next = canvas.getByRole('button', { name: 'الصفحة التالية' });
    await expect(previous.getBoundingClientRect().left).toBeGreaterThan(
      next.getBoundingClientRect().left,
    );
  },
};

export const Zoom200: Story = {
  render: (args) => (
    <Zoom200Block style={{ maxInlineSize: '30rem' }}>
      <Pagination {...args} defaultPage={10} showFirstLast />
    </Zoom200Block>
  ),
};
