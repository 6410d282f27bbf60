/**
 * The rules inside each `@media (prefers-reduced-motion: reduce)` block of a style sheet's
 * text, block by block. Braces are matched, so a block ends where it ends: a regular
 * expression up to the next `@` would run on into the rules after the block, and so find a
 * component's class in the wrong block once the sheet holds more than a few components' CSS.
 */
export function reducedMotionBlocks(sheet: string): string[] {
  const blocks: string[] = [];
  const opening = /@media \(prefers-reduced-motion: ?reduce\)\s*\{/g;
  for (let match = opening.exec(sheet); match; match = opening.exec(sheet)) {
    const start = match.index + match[0].length;
    let depth = 1;
    let index = start;
    while (index < sheet.length && depth > 0) {
      if (sheet[index] === '{') depth += 1;
      else if (sheet[index] === '}') depth -= 1;
      index += 1;
    }
    blocks.push(sheet.slice(start, index - 1));
    opening.lastIndex = index;
  }
  return blocks;
}

/** The reduced-motion block that mentions `className`, or undefined. */
export function reducedMotionRulesFor(sheet: string, className: string): string | undefined {
  return reducedMotionBlocks(sheet).find((block) => block.includes(className));
}
