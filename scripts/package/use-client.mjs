// Adds the `'use client'` directive to the built modules that must run on the client, so a
// React Server Components app can import our components directly. Done in the build (not in
// the sources) because bundling strips module-level directives from the input anyway, and
// one rule here cannot be forgotten in a new file.
import { relative, sep } from 'node:path';
import { isExternal } from './entries.mjs';

/** Packages whose runtime needs a client: hooks, context and Emotion's context-based cache. */
const CLIENT_RUNTIME = ['react', 'react-dom', '@emotion/react'];

/** Component folders: everything in them (entry barrels included) is client code. */
const COMPONENT_DIRS = ['atoms', 'molecules'];

export const USE_CLIENT = "'use client';";

/** True when `code` opens with the directive (Rolldown may reprint it with double quotes). */
export function startsWithUseClient(code) {
  return /^(['"])use client\1;?/.test(code);
}

/**
 * A module is a client module when it is part of a component, or reaches React, React DOM or
 * Emotion at runtime (type-only imports are gone by now). Plain modules such as the colour
 * scheme script or token helpers stay server-safe.
 * @param {string} sourceRelative path relative to src/, with forward slashes
 * @param {readonly string[]} runtimeImports
 */
export function isClientModule(sourceRelative, runtimeImports) {
  const [topFolder] = sourceRelative.split('/');
  if (COMPONENT_DIRS.includes(topFolder)) return true;
  return runtimeImports.some((specifier) => isExternal(specifier, CLIENT_RUNTIME));
}

/**
 * Rolldown plugin for builds with `preserveModules` (one module per chunk).
 * @param {{ srcDir: string }} options absolute path of src/
 * @returns {import('rolldown').Plugin}
 */
export function clientDirectivePlugin({ srcDir }) {
  return {
    name: 'callicrates:use-client',
    renderChunk(code, chunk) {
      const moduleId = chunk.facadeModuleId ?? chunk.moduleIds[0];
      if (!moduleId || !moduleId.startsWith(srcDir)) return null;
      const info = this.getModuleInfo(moduleId);
      const sourceRelative = relative(srcDir, moduleId).split(sep).join('/');
      if (!isClientModule(sourceRelative, info?.importedIds ?? [])) return null;
      return { code: `${USE_CLIENT}\n${code}`, map: null };
    },
  };
}
