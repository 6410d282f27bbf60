import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent } from 'storybook/test';
import { figmaDesign } from '../../../.storybook/design';
import {
  controlSizes,
  inlineRadio,
  RightToLeftBlock,
  StoryIllustration,
  Zoom200Block,
} from '../../../.storybook/stories';
import { Button } from '../../atoms/Button';
import { FolderIcon, PlusIcon, SearchIcon } from '../../atoms/Icon';
import { Link } from '../../atoms/Link';
import { SearchField } from '../../atoms/SearchField';
import { cssVar } from '../../tokens';
import { EmptyState } from '.';

const meta = {
  title: 'Molecules/EmptyState',
  component: EmptyState,
  args: {
    title: 'No projects yet',
    description: 'Projects hold your reports and the people who work on them.',
    icon: <FolderIcon />,
    actions: <Button startIcon={<PlusIcon />}>New project</Button>,
  },
  argTypes: {
    size: inlineRadio(controlSizes),
    icon: { control: false },
    illustration: { control: false },
    actions: { control: false },
  },
  parameters: {
    design: figmaDesign('EmptyState'),
    docs: {
      description: {
        component: `What a page, section or list shows when there is nothing in it yet: an \`illustration\` or an \`icon\`, a \`title\` in a heading (\`headingLevel\`, 2 by default), a \`description\` and the \`actions\` that fill it. \`size\`: \`sm\` in a table or card, \`md\` in a section, \`lg\` for a whole page. An empty state that replaces results after the page has loaded ("No results" after a search) takes \`live\`, so screen readers announce it.

**Use** one primary action that fills the empty space (create, import, clear the filters), and say why it is empty.

**Don't** use it for errors (use InlineAlert) or while content loads (use Skeleton or Spinner).`,
      },
    },
  },
} satisfies Meta<typeof EmptyState>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Playground: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { level: 2, name: 'No projects yet' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'New project' })).toBeVisible();
  },
};

/** Every size: sm (a table or card), md (a section), lg (a whole page). */
export const Sizes: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: cssVar('space.4') }}>
      {controlSizes.map((size) => (
        <EmptyState key={size} {...args} size={size} title={`No projects yet (${size})`} />
      ))}
    </div>
  ),
  play: async ({ canvas }) => {
    const height = (name: string) =>
      canvas.getByRole('heading', { name }).closest('.cal-empty-state')!.getBoundingClientRect()
        .height;
    await expect(height('No projects yet (sm)')).toBeLessThan(height('No projects yet (md)'));
    await expect(height('No projects yet (md)')).toBeLessThan(height('No projects yet (lg)'));
  },
};

/** With an illustration instead of the icon; and with only a title and description. */
export const Media: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: cssVar('space.4') }}>
      <EmptyState {...args} illustration={<StoryIllustration />} title="Your inbox is clear" />
      <EmptyState {...args} icon={undefined} actions={undefined} title="Nothing to show" />
    </div>
  ),
};

/**
 * After a search with no results: a live region, announced when it replaces the results,
 * with the action that clears the search.
 */
export const NoResults: Story = {
  render: function Render(args) {
    const [query, setQuery] = useState('');
    const projects = ['Apollo', 'Gemini', 'Mercury'];
    const found = projects.filter((name) => name.toLowerCase().includes(query.toLowerCase()));
    return (
      <div style={{ display: 'grid', gap: cssVar('space.4'), maxInlineSize: '32rem' }}>
        <SearchField
          label="Search projects"
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
        />
        {found.length > 0 ? (
          <ul>
            {found.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        ) : (
          <EmptyState
            {...args}
            live
            size="sm"
            headingLevel={3}
            icon={<SearchIcon />}
            title={`No projects match “${query}”`}
            description="Check the spelling, or search for something else."
            actions={
              <Button variant="secondary" onClick={() => setQuery('')}>
                Show all projects
              </Button>
            }
          />
        )}
      </div>
    );
  },
  play: async ({ canvas }) => {
    await expect(canvas.queryByRole('status')).toBeNull();
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Search projects' }), 'zz');
    await expect(canvas.getByRole('status')).toHaveTextContent('No projects match “zz”');
    await userEvent.click(canvas.getByRole('button', { name: 'Show all projects' }));
    await expect(canvas.getAllByRole('listitem')).toHaveLength(3);
  },
};

/** Keyboard: the actions are ordinary buttons and links in the Tab order. */
export const KeyboardFocus: Story = {
  args: {
    actions: (
      <>
        <Button>New project</Button>
        <Link variant="standalone" href="#import">
          Import projects
        </Link>
      </>
    ),
  },
  play: async ({ canvas }) => {
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'New project' })).toHaveFocus();
    await userEvent.tab();
    await expect(canvas.getByRole('link', { name: 'Import projects' })).toHaveFocus();
  },
};

/** Stress: a long title and description wrap, centred, within a readable measure. */
export const LongText: Story = {
  args: {
    title: 'A title far longer than an empty state’s title should ever be, wrapping',
    description:
      'A description that goes on for a while, to show that it keeps to a readable width however wide the container is, and wraps onto several lines.',
  },
};

/** Stress: right-to-left. */
export const RightToLeft: Story = {
  render: (args) => (
    <RightToLeftBlock>
      <EmptyState
        {...args}
        title="لا توجد مشاريع بعد"
        description="تحتوي المشاريع على تقاريرك والأشخاص الذين يعملون عليها."
        actions={<Button startIcon={<PlusIcon />}>مشروع جديد</Button>}
      />
    </RightToLeftBlock>
  ),
};

export const Zoom200: Story = {
  render: (args) => (
    <Zoom200Block style={{ maxInlineSize: '30rem' }}>
      <EmptyState {...args} size="sm" />
    </Zoom200Block>
  ),
};
