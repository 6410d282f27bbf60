// The report's pixel counts are the story tests' counts: same comparator, options and decoder.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { comparePngs, decodePng, encodePng, formatPixels } from './compare.mjs';

const nodeModules = new URL('../../node_modules/', import.meta.url);
const manifest = (name: string) =>
  JSON.parse(readFileSync(new URL(`${name}/package.json`, nodeModules), 'utf8')) as {
    version: string;
    dependencies?: Record<string, string>;
  };

/** A PNG filled with one colour, with optional single pixels painted over. */
function png(
  width: number,
  height: number,
  fill: [number, number, number],
  pixels: Array<[number, number, [number, number, number]]> = [],
) {
  const data = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i += 1) data.set([...fill, 255], i * 4);
  for (const [x, y, colour] of pixels) data.set([...colour, 255], (y * width + x) * 4);
  return encodePng(width, height, data);
}

describe('comparePngs', () => {
  it('runs the comparator version Vitest compares screenshots with', () => {
    // One copy, the one @vitest/browser's comparator imports, at the version it asks for.
    expect(existsSync(new URL('@vitest/browser/node_modules/@blazediff', nodeModules))).toBe(false);
    expect(manifest('@vitest/browser').dependencies?.['@blazediff/core']).toBe(
      manifest('@blazediff/core').version,
    );
  });

  it('finds nothing between identical pictures, and no diff image', () => {
    const picture = png(20, 10, [37, 105, 237]);
    const result = comparePngs(picture, Buffer.from(picture));
    expect(result).toMatchObject({
      changedPixels: 0,
      totalPixels: 200,
      ratio: 0,
      sizeChanged: false,
    });
    expect(result.diffPng).toBeNull();
  });

  it('counts a one-step colour change, as the zero-tolerance test does', () => {
    const reference = png(
      20,
      10,
      [255, 255, 255],
      [
        [3, 4, [37, 105, 237]],
        [10, 2, [37, 105, 237]],
      ],
    );
    const actual = png(
      20,
      10,
      [255, 255, 255],
      [
        [3, 4, [37, 105, 238]],
        [10, 2, [37, 105, 238]],
      ],
    );
    const result = comparePngs(reference, actual);
    expect(result.changedPixels).toBe(2);
    expect(result.ratio).toBeCloseTo(2 / 200);
    const diff = decodePng(result.diffPng!, 'diff');
    const red = [];
    for (let i = 0; i < diff.data.length; i += 4) {
      if (diff.data[i] === 255 && diff.data[i + 1] === 0 && diff.data[i + 2] === 0) red.push(i / 4);
    }
    expect(red).toEqual([2 * 20 + 10, 4 * 20 + 3]);
  });

  it('compares pictures of different sizes on the canvas that holds both', () => {
    const reference = png(4, 2, [0, 0, 0]);
    const actual = png(5, 3, [0, 0, 0]);
    const result = comparePngs(reference, actual);
    expect(result).toMatchObject({
      sizeChanged: true,
      referenceSize: { width: 4, height: 2 },
      actualSize: { width: 5, height: 3 },
      totalPixels: 15,
    });
    // The row and column only the actual picture covers.
    expect(result.changedPixels).toBe(15 - 8);
  });

  it('names the file that is no PNG', () => {
    expect(() =>
      comparePngs(Buffer.from('not a png'), png(1, 1, [0, 0, 0]), { names: ['a.png', 'b.png'] }),
    ).toThrow(/^a\.png: not a readable PNG/);
  });
});

describe('formatPixels', () => {
  it('never rounds a change down to 0 %', () => {
    expect(formatPixels(1234, 0.0257)).toBe('1,234 px (2.57 %)');
    expect(formatPixels(3, 3 / 480_000)).toBe('3 px (0.00063 %)');
    expect(formatPixels(0, 0)).toBe('0 px (0.00 %)');
  });
});
