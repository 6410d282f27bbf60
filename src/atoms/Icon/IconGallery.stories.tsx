import type { Meta, StoryObj } from '@storybook/react-vite';
import { useId, useMemo, useState } from 'react';
import { expect, spyOn, userEvent, waitFor } from 'storybook/test';
import { figmaDesign } from '../../../.storybook/design';
import { cssVar } from '../../tokens';
import { Button } from '../Button';
import { Heading } from '../Heading';
import { Text } from '../Text';
import { TextField } from '../TextField';
import { iconGroups } from './iconGroups';
import * as icons from './icons';
import { CopyIcon, SearchIcon } from './icons';

type IconName = keyof typeof icons;

const importLine = (name: string) => `import { ${name} } from 'callicrates';`;

async function copyText(text: string): Promise<boolean> {
  try {
    if (typeof navigator === 'undefined' || !navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

function IconGallery() {
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState('');
  const headingId = useId();
  const normalized = query.trim().toLowerCase();

  const groups = useMemo(
    () =>
      Object.entries(iconGroups)
        .map(([group, names]) => ({
          group,
          names: (names as readonly IconName[]).filter((name) =>
            name.toLowerCase().includes(normalized),
          ),
        }))
        .filter(({ names }) => names.length > 0),
    [normalized],
  );
  const count = groups.reduce((sum, { names }) => sum + names.length, 0);

  const copy = async (name: string) => {
    const line = importLine(name);
    setStatus(
      (await copyText(line)) ? `Copied: ${line}` : `Could not copy. Select and copy: ${line}`,
    );
  };

  return (
    <div style={{ display: 'grid', gap: cssVar('space.6') }}>
      <div style={{ display: 'grid', gap: cssVar('space.2'), maxInlineSize: '24rem' }}>
        <TextField
          label="Search icons"
          type="search"
          prefix={<SearchIcon size="sm" />}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          description="Filters by name, e.g. “arrow” or “file”."
        />
        <Text variant="body-sm" color="secondary" aria-live="polite" data-testid="count">
          {count === 1 ? '1 icon' : `${count} icons`}
        </Text>
        <Text role="status" variant="body-sm" as="div">
          {status}
        </Text>
      </div>
      {groups.length === 0 ? <Text color="secondary">No icon matches “{query}”.</Text> : null}
      {groups.map(({ group, names }) => (
        <section
          key={group}
          aria-labelledby={`${headingId}-${group}`}
          style={{ display: 'grid', gap: cssVar('space.3') }}
        >
          <Heading level={2} variant="title" id={`${headingId}-${group}`}>
            {group}
          </Heading>
          <ul
            style={{
              display: 'grid',
              gridTemplateColumns: 'repeat(auto-fill, minmax(15rem, 1fr))',
              gap: cssVar('space.2'),
              margin: 0,
              padding: 0,
              listStyle: 'none',
            }}
          >
            {names.map((name) => {
              const Component = icons[name];
              return (
                <li
                  key={name}
                  style={{
                    display: 'flex',
                    alignItems: 'center',
                    gap: cssVar('space.2'),
                    padding: cssVar('space.2'),
                    border: `${cssVar('border.width.thin')} solid ${cssVar('color.border.subtle')}`,
                    borderRadius: cssVar('radius.md'),
                  }}
                >
                  <Component size="lg" />
                  <Text
                    as="span"
                    variant="body-sm"
                    maxLines={1}
                    style={{ flex: 1, minInlineSize: 0 }}
                  >
                    {name}
                  </Text>
                  <Button
                    variant="tertiary"
                    size="sm"
                    aria-label={`Copy import of ${name}`}
                    startIcon={<CopyIcon size="sm" />}
                    onClick={() => void copy(name)}
                  />
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}

const meta = {
  title: 'Atoms/Icon/Gallery',
  component: IconGallery,
  parameters: {
    design: figmaDesign('Icons/Gallery'),
    docs: {
      description: {
        component: `Every icon Callicrates ships, by group. Search by name; the copy button puts the import line on the clipboard (\`import { CheckIcon } from 'callicrates';\`) and says so in a status message.

**Use** these icons before drawing new ones, so the product speaks one visual language. Need another? Add a lucide drawing to \`icons.ts\` and \`iconGroups.ts\`, or use \`createIcon\` in your app.

**Don't** pick an icon for its look when its usual meaning differs (a trash can that archives).`,
      },
    },
  },
} satisfies Meta<typeof IconGallery>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The whole set, by group. */
export const Gallery: Story = {
  parameters: {
    visual: {
      disable: true,
      reason:
        'Every icon is photographed in Atoms/Icon CrowdedGrid and the card layout in SearchAndCopy; this page is too tall for the after-each time budget.',
    },
  },
  play: async ({ canvas }) => {
    const total = Object.keys(icons).length;
    await expect(canvas.getByTestId('count')).toHaveTextContent(`${total} icons`);
    await expect(canvas.getAllByRole('heading', { level: 2 })).toHaveLength(
      Object.keys(iconGroups).length,
    );
    await expect(canvas.getAllByRole('button', { name: /^Copy import of / })).toHaveLength(total);
  },
};

/** Search filters by name; the copy button announces its result in a status message. */
export const SearchAndCopy: Story = {
  play: async ({ canvas, step }) => {
    // The clipboard itself is not under test: stub it so the result (and the snapshot) is stable.
    if (!navigator.clipboard) {
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: async () => {} },
      });
    }
    const writeText = spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    const search = canvas.getByRole('searchbox', { name: 'Search icons' });
    const total = Object.keys(icons).length;
    await expect(canvas.getByTestId('count')).toHaveTextContent(`${total} icons`);

    await step('typing filters by name', async () => {
      await userEvent.type(search, 'chevron');
      await expect(canvas.getByText('ChevronDownIcon')).toBeVisible();
      await expect(canvas.queryByText('CheckIcon')).toBeNull();
      await expect(canvas.getByTestId('count')).toHaveTextContent('6 icons');
      await expect(canvas.getAllByRole('heading', { level: 2 })).toHaveLength(1);
    });

    await step('no match says so', async () => {
      await userEvent.clear(search);
      await userEvent.type(search, 'zzz');
      await expect(canvas.getByText('No icon matches “zzz”.')).toBeVisible();
    });

    await step('the copy button announces the import line', async () => {
      await userEvent.clear(search);
      await userEvent.type(search, 'CircleCheck');
      await userEvent.click(canvas.getByRole('button', { name: 'Copy import of CircleCheckIcon' }));
      await waitFor(() =>
        expect(canvas.getByRole('status')).toHaveTextContent(
          "Copied: import { CircleCheckIcon } from 'callicrates';",
        ),
      );
      await expect(writeText).toHaveBeenCalledWith(
        "import { CircleCheckIcon } from 'callicrates';",
      );
    });
    writeText.mockRestore();
  },
};
