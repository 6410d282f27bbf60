// How far a story's picture is from its Figma frame. Not a regression test: two renderers draw
// the same design, so the comparison is perceptual (pixelmatch's default threshold 0.1,
// anti-aliasing pixels ignored) and text is set apart.
//
// 1. Align: each picture is cut to its content (the pixels that differ from its corner's
//    background colour), so a frame's padding and the story canvas's margin do not count; both
//    are laid top-left on the canvas that holds both.
// 2. Text: Figma and Chromium rasterise glyphs differently. The story's text boxes (recorded by
//    the story tests, .storybook/visualBounds.ts `textBoxes`), widened by TEXT_MARGIN, are left
//    out of the layout and colour measure and measured apart.
// 3. Score: the share of the non-text pixels that differ. Ranking by it puts a moved, resized or
//    recoloured element first, whatever its text does.
import { diff } from '@blazediff/core';
import { decodePng, encodePng } from '../visual/compare.mjs';

/** Perceptual threshold: pixelmatch's default, not the story tests' zero. */
export const DRIFT_THRESHOLD = 0.1;
/** Pixels around each text box that belong to its glyphs' anti-aliasing and small offsets. */
export const TEXT_MARGIN = 2;
/** A channel difference below this is the background's own noise, not content. */
const BACKGROUND_TOLERANCE = 4;

/** The content box of a picture: the pixels unlike its top-left corner's colour. */
export function contentBox(png) {
  const { width, height, data } = png;
  const background = data.subarray(0, 4);
  let left = width;
  let top = height;
  let right = -1;
  let bottom = -1;
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const i = (y * width + x) * 4;
      let differs = false;
      for (let c = 0; c < 4; c += 1) {
        if (Math.abs(data[i + c] - background[c]) > BACKGROUND_TOLERANCE) differs = true;
      }
      if (!differs) continue;
      left = Math.min(left, x);
      right = Math.max(right, x);
      top = Math.min(top, y);
      bottom = Math.max(bottom, y);
    }
  }
  if (right === -1) return { left: 0, top: 0, width, height };
  return { left, top, width: right - left + 1, height: bottom - top + 1 };
}

/** The content of `png` at the top-left of a `width`×`height` canvas of its background colour. */
function placeOnCanvas(png, box, width, height) {
  const out = new Uint8Array(width * height * 4);
  const background = png.data.subarray(0, 4);
  for (let i = 0; i < out.length; i += 4) out.set(background, i);
  for (let y = 0; y < box.height; y += 1) {
    const from = ((box.top + y) * png.width + box.left) * 4;
    out.set(png.data.subarray(from, from + box.width * 4), y * width * 4);
  }
  return out;
}

/**
 * @param {{ design: Buffer, story: Buffer, textBoxes?: Array<{ left: number, top: number, right: number, bottom: number }> }} input
 *   PNGs at 1:1 (Figma `scale=1`), and the story's text boxes in its picture's pixels
 */
export function measureDrift({ design, story, textBoxes = [] }) {
  const a = decodePng(design, 'the Figma render');
  const b = decodePng(story, 'the story picture');
  const designBox = contentBox(a);
  const storyBox = contentBox(b);
  const width = Math.max(designBox.width, storyBox.width);
  const height = Math.max(designBox.height, storyBox.height);
  const designPixels = placeOnCanvas(a, designBox, width, height);
  const storyPixels = placeOnCanvas(b, storyBox, width, height);

  const mask = new Uint8Array(width * height);
  for (const box of textBoxes) {
    const x0 = Math.max(0, box.left - storyBox.left - TEXT_MARGIN);
    const y0 = Math.max(0, box.top - storyBox.top - TEXT_MARGIN);
    const x1 = Math.min(width, box.right - storyBox.left + TEXT_MARGIN);
    const y1 = Math.min(height, box.bottom - storyBox.top + TEXT_MARGIN);
    for (let y = y0; y < y1; y += 1) mask.fill(1, y * width + x0, y * width + Math.max(x0, x1));
  }
  const textPixels = mask.reduce((sum, value) => sum + value, 0);

  // Each measure sees the other's pixels as equal.
  const only = (inside) => {
    const left = designPixels.slice();
    for (let p = 0; p < mask.length; p += 1) {
      if (Boolean(mask[p]) !== inside) left.set(storyPixels.subarray(p * 4, p * 4 + 4), p * 4);
    }
    return left;
  };
  const output = new Uint8Array(width * height * 4);
  const options = { threshold: DRIFT_THRESHOLD, includeAA: false };
  const layoutChanged = diff(only(false), storyPixels, output, width, height, options);
  const textChanged = textPixels
    ? diff(only(true), storyPixels, undefined, width, height, options)
    : 0;
  // The diff image: red where layout or colour differ, text boxes tinted blue (set apart).
  for (let p = 0; p < mask.length; p += 1) {
    if (!mask[p]) continue;
    const i = p * 4;
    output[i] = Math.round(output[i] * 0.5 + 40);
    output[i + 1] = Math.round(output[i + 1] * 0.5 + 90);
    output[i + 2] = Math.round(output[i + 2] * 0.5 + 127);
  }
  const layoutTotal = width * height - textPixels;
  return {
    score: layoutTotal ? layoutChanged / layoutTotal : 0,
    layout: {
      changed: layoutChanged,
      total: layoutTotal,
      ratio: layoutTotal ? layoutChanged / layoutTotal : 0,
    },
    text: {
      changed: textChanged,
      total: textPixels,
      ratio: textPixels ? textChanged / textPixels : 0,
    },
    designBox,
    storyBox,
    images: {
      design: encodePng(width, height, designPixels),
      story: encodePng(width, height, storyPixels),
      diff: encodePng(width, height, output),
    },
    size: { width, height },
  };
}
