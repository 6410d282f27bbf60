// The names of baselines: one module writes them (vite.config.ts) and reads them (the reports).
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { breakpointNames } from '../../src/atoms/Grid/breakpoints';
import { colorSchemes } from '../../src/tokens';
import {
  baselinePath,
  BREAKPOINTS,
  FORCED_COLORS,
  parseBaselinePath,
  parsePictureArg,
  parsePictureFileName,
  PICTURE_SCHEME_TITLES,
  PICTURE_SCHEMES,
  resolveScreenshotPath,
  sanitizeArg,
  SCHEME_TITLES,
  SCHEMES,
  screenshotTolerance,
  storybookThemeOf,
} from './screenshots.mjs';

const root = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');

describe('baseline names', () => {
  it('knows the schemes the stories are photographed in and the grid breakpoints', () => {
    expect(SCHEMES).toEqual(colorSchemes);
    expect(BREAKPOINTS).toEqual(breakpointNames);
  });

  it('keeps the zero tolerance the story tests compare with', () => {
    expect(screenshotTolerance).toEqual({ threshold: 0, allowedMismatchedPixels: 0 });
    expect(Object.isFrozen(screenshotTolerance)).toBe(true);
  });

  it('writes the path Vitest resolves, and reads it back', () => {
    const written = resolveScreenshotPath({
      root: '/repo',
      testFileDirectory: 'src/atoms/Button',
      screenshotDirectory: '__screenshots__',
      testFileName: 'Button.stories.tsx',
      arg: sanitizeArg('as-link--high-contrast'),
      browserName: 'chromium',
      platform: 'linux',
      ext: '.png',
    });
    expect(written).toBe(
      '/repo/src/atoms/Button/__screenshots__/Button/as-link-high-contrast-chromium-linux.png',
    );
    expect(
      baselinePath('src/atoms/Button/Button.stories.tsx', 'atoms-button--as-link', 'high-contrast'),
    ).toBe(written.slice('/repo/'.length));
    expect(parseBaselinePath(written.slice('/repo/'.length))).toEqual({
      path: 'src/atoms/Button/__screenshots__/Button/as-link-high-contrast-chromium-linux.png',
      dir: 'src/atoms/Button/',
      stem: 'Button',
      slug: 'as-link',
      scheme: 'high-contrast',
      breakpoint: null,
    });
  });

  it('tells a story named after a scheme or a breakpoint from the scheme and breakpoint parts', () => {
    const parse = (name: string) => parsePictureFileName(`${name}-chromium-linux.png`);
    expect(parse('dark-light')).toMatchObject({ slug: 'dark', scheme: 'light', breakpoint: null });
    expect(parse('size-sm-dark')).toMatchObject({
      slug: 'size-sm',
      scheme: 'dark',
      breakpoint: null,
    });
    expect(parse('hero-light-md')).toMatchObject({
      slug: 'hero',
      scheme: 'light',
      breakpoint: 'md',
    });
    expect(parse('x-light-high-contrast')).toMatchObject({
      slug: 'x-light',
      scheme: 'high-contrast',
    });
    expect(parse('status-dark-actual')).toMatchObject({
      slug: 'status',
      scheme: 'dark',
      role: 'actual',
    });
    expect(parse('no-scheme')).toBeNull();
    expect(parsePictureFileName('status-dark-firefox-linux.png')).toBeNull();
    expect(parsePictureArg('hero--light--md')).toEqual({
      slug: 'hero',
      scheme: 'light',
      breakpoint: 'md',
    });
    expect(parsePictureArg('zoom-200--high-contrast')).toEqual({
      slug: 'zoom-200',
      scheme: 'high-contrast',
      breakpoint: null,
    });
    expect(parsePictureArg('status--sepia')).toBeNull();
  });

  it('knows the forced-colours picture as a picture mode, not a colour scheme', () => {
    expect(PICTURE_SCHEMES).toEqual([...colorSchemes, 'forced-colors']);
    expect(FORCED_COLORS).toBe('forced-colors');
    expect(Object.keys(SCHEME_TITLES)).toEqual(SCHEMES);
    expect(Object.keys(PICTURE_SCHEME_TITLES)).toEqual(PICTURE_SCHEMES);
    expect(PICTURE_SCHEME_TITLES['forced-colors']).toBe('Forced colours');
    // Storybook has no forced-colours toggle: its links show the light theme.
    expect(storybookThemeOf('forced-colors')).toBe('light');
    expect(storybookThemeOf('dark')).toBe('dark');
  });

  it('reads and writes the forced-colours picture of a story', () => {
    const path = baselinePath(
      'src/molecules/List/List.stories.tsx',
      'molecules-list--selected-states',
      'forced-colors',
    );
    expect(path).toBe(
      'src/molecules/List/__screenshots__/List/selected-states-forced-colors-chromium-linux.png',
    );
    expect(parseBaselinePath(path)).toMatchObject({
      slug: 'selected-states',
      scheme: 'forced-colors',
      breakpoint: null,
    });
    expect(parsePictureArg('selected-states--forced-colors')).toEqual({
      slug: 'selected-states',
      scheme: 'forced-colors',
      breakpoint: null,
    });
    const parse = (name: string) => parsePictureFileName(`${name}-chromium-linux.png`);
    expect(parse('states-forced-colors-diff')).toMatchObject({
      slug: 'states',
      scheme: 'forced-colors',
      role: 'diff',
    });
    // A story whose name ends like the mode is still told apart from it.
    expect(parse('forced-colors-light')).toMatchObject({ slug: 'forced-colors', scheme: 'light' });
    expect(parse('colors-forced-colors')).toMatchObject({
      slug: 'colors',
      scheme: 'forced-colors',
    });
    expect(parse('states-colors')).toBeNull();
  });

  it('names the forced-colours picture as the story tests take it', async () => {
    const setup = await readFile(`${root}/.storybook/vitest.setup.ts`, 'utf8');
    expect(setup).toContain('`${name}--forced-colors`');
    const config = await readFile(`${root}/vite.config.ts`, 'utf8');
    expect(config).toMatch(/commands: \{ movePointerOffFrame, emulateForcedColors \}/);
  });

  it('reads the name of every committed baseline', () => {
    const baselines = execFileSync('git', ['ls-files', '-z', '--', '*/__screenshots__/*'], {
      cwd: root,
      encoding: 'utf8',
    })
      .split('\0')
      .filter(Boolean);
    expect(baselines.length).toBeGreaterThan(100);
    const unreadable = baselines.filter((file) => !parseBaselinePath(file));
    expect(unreadable).toEqual([]);
  });

  it('is what vite.config.ts uses', async () => {
    const config = await readFile(`${root}/vite.config.ts`, 'utf8');
    expect(config).toMatch(
      /import \{ resolveScreenshotPath, screenshotTolerance \} from '\.\/scripts\/visual\/screenshots\.mjs'/,
    );
    expect(config).toMatch(/comparatorOptions: screenshotTolerance,/);
    expect(config).toMatch(/^\s+resolveScreenshotPath,$/m);
  });
});
