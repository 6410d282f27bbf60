// `npm run review` refuses what it cannot do before it runs or writes anything.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  entriesNamed,
  InputError,
  parseArguments,
  storyFilesUnder,
  UsageError,
} from './review.mjs';

const root = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');

type Report = Parameters<typeof entriesNamed>[0];

const entry = (storyId: string, component: string, scheme = 'dark', accepted?: string) => ({
  key: `${storyId}--${scheme}`,
  kind: 'changed' as const,
  storyId,
  storyName: storyId,
  component,
  scheme,
  breakpoint: null,
  baseline: `x/${storyId}-${scheme}.png`,
  images: {},
  pixels: null,
  sizes: {},
  links: {},
  ...(accepted ? { accepted } : {}),
});

const report: Report = {
  version: 1,
  kind: 'review',
  title: 'Visual review',
  summary: '',
  context: [],
  generatedAt: '',
  entries: [
    entry('atoms-avatar--status', 'Atoms/Avatar'),
    entry('atoms-avatar--status', 'Atoms/Avatar', 'light'),
    entry('atoms-avatar--long-text', 'Atoms/Avatar'),
    entry('atoms-icon--sizes', 'Atoms/Icon'),
    entry('atoms-icon-gallery--all', 'Atoms/Icon/Gallery'),
    entry('atoms-badge--dot', 'Atoms/Badge', 'dark', '2026-12-01T00:00:00Z'),
  ],
  components: [
    { title: 'Atoms/Avatar', folder: 'src/atoms/Avatar', figma: null, lastCommit: null },
    { title: 'Atoms/Icon', folder: 'src/atoms/Icon', figma: null, lastCommit: null },
    { title: 'Atoms/Icon/Gallery', folder: 'src/atoms/Icon', figma: null, lastCommit: null },
    { title: 'Atoms/Badge', folder: 'src/atoms/Badge', figma: null, lastCommit: null },
  ],
};

describe('review arguments', () => {
  it('reads a review and an acceptance', () => {
    expect(parseArguments([])).toEqual({ mode: 'review', paths: [], storybookUrl: null });
    expect(parseArguments(['src/atoms/Tag', '--storybook-url=http://sb.test/'])).toEqual({
      mode: 'review',
      paths: ['src/atoms/Tag'],
      storybookUrl: 'http://sb.test/',
    });
    expect(
      parseArguments(['--accept', 'Tag', '--accept=atoms-avatar--status', '--scheme', 'dark']),
    ).toEqual({
      mode: 'accept',
      targets: ['Tag', 'atoms-avatar--status'],
      scheme: 'dark',
    });
    // The forced-colours pictures are accepted on their own, like a scheme's.
    expect(parseArguments(['--accept', 'Switch', '--scheme', 'forced-colors'])).toEqual({
      mode: 'accept',
      targets: ['Switch'],
      scheme: 'forced-colors',
    });
  });

  it.each([
    [['--accept'], /--accept needs a value/],
    [['--accept', '--scheme', 'dark'], /--accept needs a value/],
    [['--accept', 'Tag', 'src/atoms/Tag'], /--accept takes stories or components/],
    [['--accept', 'Tag', '--scheme', 'sepia'], /Unknown scheme "sepia": one of .*forced-colors/],
    [['--scheme', 'dark'], /--scheme goes with --accept/],
    [['--storybook-url', 'not a url'], /is not a URL/],
    [['--all'], /Unknown option --all/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseArguments(argv)).toThrow(UsageError);
    expect(() => parseArguments(argv)).toThrow(message);
  });
});

describe('what --accept takes', () => {
  const keys = (target: string) => entriesNamed(report, target).map((item) => item.key);

  it('takes a story by id, in every scheme the report shows', () => {
    expect(keys('atoms-avatar--status')).toEqual([
      'atoms-avatar--status--dark',
      'atoms-avatar--status--light',
    ]);
  });

  it('takes a component by title, name or folder, and only its own stories', () => {
    const avatar = [
      'atoms-avatar--status--dark',
      'atoms-avatar--status--light',
      'atoms-avatar--long-text--dark',
    ];
    expect(keys('Atoms/Avatar')).toEqual(avatar);
    expect(keys('avatar')).toEqual(avatar);
    expect(keys('src/atoms/Avatar/')).toEqual(avatar);
    // "Icon" is the name of Atoms/Icon; Atoms/Icon/Gallery must be named in full.
    expect(keys('Icon')).toEqual(['atoms-icon--sizes--dark']);
    expect(keys('Atoms/Icon/Gallery')).toEqual(['atoms-icon-gallery--all--dark']);
  });

  it('refuses a folder two components share, a prefix, and what was accepted already', () => {
    expect(() => entriesNamed(report, 'src/atoms/Icon')).toThrow(
      /names 2 components: Atoms\/Icon, Atoms\/Icon\/Gallery/,
    );
    expect(() => entriesNamed(report, 'Atoms')).toThrow(InputError);
    expect(() => entriesNamed(report, 'atoms-avatar')).toThrow(
      /Nothing in the review report matches "atoms-avatar"/,
    );
    expect(() => entriesNamed(report, 'atoms-badge--dot')).toThrow(
      /Nothing in the review report matches/,
    );
  });
});

describe('story files to review', () => {
  it('finds the story files under a folder or names one', () => {
    expect(storyFilesUnder(root, ['src/atoms/Icon'])).toEqual([
      'src/atoms/Icon/Icon.stories.tsx',
      'src/atoms/Icon/IconGallery.stories.tsx',
    ]);
    expect(storyFilesUnder(root, ['src/atoms/Tag/Tag.stories.tsx'])).toEqual([
      'src/atoms/Tag/Tag.stories.tsx',
    ]);
    expect(storyFilesUnder(root, []).length).toBeGreaterThan(40);
  });

  it('refuses a path that does not exist or holds no story', () => {
    expect(() => storyFilesUnder(root, ['src/atoms/Nope'])).toThrow(
      /src\/atoms\/Nope: no such file or folder/,
    );
    expect(() => storyFilesUnder(root, ['src/utils'])).toThrow(/src\/utils: holds no story file/);
  });

  it('says so and runs nothing on bad input', () => {
    const run = spawnSync(process.execPath, ['scripts/visual/review.mjs', 'src/atoms/Nope'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^review: src\/atoms\/Nope: no such file or folder\.\n\nUsage:/);
    expect(run.stdout).toBe('');
  });
});
