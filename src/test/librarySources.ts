import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** `src/`, the root the source scans report paths against. */
export const srcRoot = join(import.meta.dirname, '..');

const skipped = /(\.stories\.tsx|\.test\.tsx?|\.figma\.ts|\/generated\/|\/test\/)/;

/**
 * The library's own source files below `dir`: no stories, tests, Code Connect templates (Figma
 * runs them; the package never ships them) or generated output.
 */
export function librarySources(dir: string = srcRoot): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return librarySources(path);
    return /\.tsx?$/.test(name) && !skipped.test(path) ? [path] : [];
  });
}
