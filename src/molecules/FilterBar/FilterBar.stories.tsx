import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { figmaDesign } from '../../../.storybook/design';
import {
  controlSizes,
  expectSubmitted,
  inlineRadio,
  resetStoryForm,
  RightToLeftBlock,
  StoryForm,
  submitStoryForm,
  Zoom200Block,
} from '../../../.storybook/stories';
import { Button } from '../../atoms/Button';
import { cssVar } from '../../tokens';
import { Dialog, DialogTrigger } from '../Dialog';
import { FilterBar, type FilterBarFilter, type FilterBarValue } from './index';

/** 500 assignees, built once: a stable array, as the docs ask for long lists. */
const assignees = Array.from({ length: 500 }, (_, index) => `Person ${index + 1}`);

const filters: FilterBarFilter[] = [
  {
    id: 'status',
    label: 'Status',
    multiple: true,
    name: 'status',
    options: [
      { value: 'open', label: 'Open' },
      { value: 'review', label: 'In review' },
      { value: 'blocked', label: 'Blocked', disabled: true },
      { value: 'done', label: 'Done' },
    ],
  },
  { id: 'type', label: 'Type', name: 'type', options: ['Bug', 'Feature', 'Chore'] },
  { id: 'assignee', label: 'Assignee', filterType: 'added', multiple: true, options: assignees },
  { id: 'team', label: 'Team', filterType: 'added', options: ['Core', 'Docs', 'Design'] },
  { id: 'milestone', label: 'Milestone', filterType: 'added', options: ['1.0', '1.1', '2.0'] },
];

const meta = {
  title: 'Molecules/FilterBar',
  component: FilterBar,
  args: { filters, onValueChange: fn(), onAddedChange: fn() },
  argTypes: { size: inlineRadio(controlSizes), filters: { control: false } },
  parameters: {
    design: figmaDesign('FilterBar'),
    docs: {
      description: {
        component: `Several Filters in a wrapping row, their values in one record keyed by each filter's \`id\`. \`preset\` filters are always shown; \`added\` ones are offered by "Add filter" (a popover listing the filters not shown yet): the one chosen joins the bar and opens at once, and its remove button takes it out again. "Clear all" empties every filter, removes the added ones, says so to screen readers and moves focus to the first filter.

**Use** it above a list or a table to narrow it by a few properties; put the common ones as \`preset\`, the rest as \`added\`.

**Don't** use it for a form of required fields (use Selects), or for more than about eight preset filters (move the rest to "Add filter").`,
      },
    },
  },
} satisfies Meta<typeof FilterBar>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Room under an open popover in the snapshot. */
const roomForList = { minBlockSize: '24rem', maxInlineSize: '40rem' } as const;
const body = () => within(document.body);
const exitWait = { timeout: 3000 };
const openPopover = () => document.body.querySelector('.cal-popover');

/**
 * Add a filter (it opens at once), choose in it, clear all (announced, focus on the first
 * filter). Left with "Add filter" open.
 */
export const Playground: Story = {
  render: (args) => (
    <div style={roomForList}>
      <FilterBar {...args} />
    </div>
  ),
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Add filter' }));
    await userEvent.click(body().getByRole('option', { name: 'Team' }));
    await expect(args.onAddedChange).toHaveBeenLastCalledWith(['team']);
    const team = await body().findByRole('listbox', { name: 'Team' });
    await waitFor(() => expect(team).toHaveFocus());
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await expect(args.onValueChange).toHaveBeenLastCalledWith({ team: 'Docs' });
    await userEvent.click(canvas.getByRole('button', { name: 'Clear all' }));
    await expect(canvas.getByRole('status')).toHaveTextContent('All filters cleared');
    await expect(canvas.getByRole('button', { name: 'Status' })).toHaveFocus();
    await userEvent.click(canvas.getByRole('button', { name: 'Add filter' }));
    await expect(body().getByRole('listbox', { name: 'Add filter' })).toHaveFocus();
  },
};

/** Applied preset and added filters, with "Clear all"; one of them open. */
export const Applied: Story = {
  args: {
    defaultValue: { status: ['open', 'review'], type: 'Bug', team: 'Core' },
    defaultAdded: ['team'],
  },
  render: (args) => (
    <div style={roomForList}>
      <FilterBar {...args} />
    </div>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Status: Open +1' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Remove filter Team' }));
    await expect(canvas.getByRole('button', { name: 'Add filter' })).toHaveFocus();
    await userEvent.click(canvas.getByRole('button', { name: 'Type: Bug' }));
  },
};

/** The three sizes. */
export const Sizes: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: cssVar('space.4') }}>
      {controlSizes.map((size) => (
        <FilterBar
          key={size}
          {...args}
          label={`Filters ${size}`}
          size={size}
          defaultValue={{ type: 'Feature' }}
          defaultAdded={['milestone']}
        />
      ))}
    </div>
  ),
};

/** Stress: a narrow column; the filters wrap onto more lines. */
export const Wrapping: Story = {
  render: (args) => (
    <div style={{ maxInlineSize: '16rem' }}>
      <FilterBar
        {...args}
        defaultAdded={['assignee', 'team', 'milestone']}
        defaultValue={{ assignee: ['Person 12', 'Person 300'] }}
      />
    </div>
  ),
};

/** Stress: right to left; the row and its popovers mirror. */
export const RightToLeft: Story = {
  render: (args) => (
    <RightToLeftBlock style={roomForList}>
      <FilterBar
        {...args}
        label="عوامل التصفية"
        addLabel="إضافة عامل تصفية"
        clearAllLabel="مسح الكل"
        clearedLabel="تم مسح كل عوامل التصفية"
        filters={[
          { id: 'status', label: 'الحالة', options: ['مفتوح', 'منجز'] },
          { id: 'team', label: 'الفريق', filterType: 'added', options: ['النواة', 'التوثيق'] },
        ]}
        defaultValue={{ status: 'مفتوح' }}
      />
    </RightToLeftBlock>
  ),
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'إضافة عامل تصفية' }));
    await waitFor(() => expect(openPopover()).toHaveAttribute('dir', 'rtl'));
  },
};

/** Stress: 200% zoom (WCAG 1.4.4). */
export const Zoom200: Story = {
  render: (args) => (
    <Zoom200Block>
      <FilterBar {...args} defaultValue={{ type: 'Bug' }} />
    </Zoom200Block>
  ),
};

/** Inside a Dialog: filters and "Add filter" open above it; Escape closes them alone. */
export const InDialog: Story = {
  render: (args) => (
    <DialogTrigger defaultOpen>
      <Button>Export issues</Button>
      <Dialog title="Export issues">
        <div style={roomForList}>
          <FilterBar {...args} />
        </div>
      </Dialog>
    </DialogTrigger>
  ),
  play: async () => {
    const dialog = body().getByRole('dialog', { name: 'Export issues' });
    const add = within(dialog).getByRole('button', { name: 'Add filter' });
    await userEvent.click(add);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(openPopover()).toBeNull(), exitWait);
    await expect(dialog).toBeVisible();
    await expect(add).toHaveFocus();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Type' }));
    await userEvent.click(body().getByRole('option', { name: 'Chore' }));
    await expect(within(dialog).getByRole('button', { name: 'Type: Chore' })).toHaveFocus();
  },
};

/** Controlled: the parent holds every value and shows it. */
export const Controlled: Story = {
  render: function Render(args) {
    const [value, setValue] = useState<FilterBarValue>({ type: 'Chore' });
    return (
      <div style={{ display: 'grid', gap: cssVar('space.3') }}>
        <FilterBar {...args} value={value} onValueChange={setValue} />
        <p>Applied: {JSON.stringify(value)}</p>
      </div>
    );
  },
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Clear all' }));
    await expect(canvas.getByText('Applied: {}')).toBeVisible();
  },
};

/** Named filters submit with a native form; Reset restores the defaults. */
export const InForm: Story = {
  render: (args) => (
    <StoryForm serialize={(data) => [...data.entries()]}>
      <FilterBar {...args} defaultValue={{ status: ['open'] }} />
    </StoryForm>
  ),
  play: async ({ canvas }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Type' }));
    await userEvent.click(body().getByRole('option', { name: 'Feature' }));
    await waitFor(() => expect(openPopover()).toBeNull(), exitWait);
    await submitStoryForm(canvas);
    await expectSubmitted(canvas, [
      ['status', 'open'],
      ['type', 'Feature'],
    ]);
    await resetStoryForm(canvas);
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Type' })).toBeVisible());
    await submitStoryForm(canvas);
    await expectSubmitted(canvas, [
      ['status', 'open'],
      ['type', ''],
    ]);
  },
};
