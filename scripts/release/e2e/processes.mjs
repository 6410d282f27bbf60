// Child processes, temporary folders and their cleanup for the release e2e. Everything the run
// starts is registered here and stopped or removed by `cleanUp()`: after success, after a
// failed step, and on Ctrl-C / SIGTERM.
import { spawn } from 'node:child_process';
import { appendFileSync, openSync, closeSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** @type {Set<import('node:child_process').ChildProcess>} */
const children = new Set();
/** @type {Array<() => unknown>} run last-in first-out, after the children are gone */
const cleanups = [];

/** Registers work for `cleanUp()`: closing a browser or server, removing a folder. */
export function onCleanUp(task) {
  cleanups.push(task);
}

/** A fresh folder in the system temp dir, removed by `cleanUp()` unless `keep` (debugging). */
export async function makeTempDir(prefix, { keep = false } = {}) {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  if (!keep) onCleanUp(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

// Children run detached, in their own process group, so one signal reaches the grandchildren
// too (npm → node → esbuild; verdaccio's workers).
function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

function exited(child, timeoutMs) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

async function stop(child) {
  signalGroup(child, 'SIGTERM');
  if (!(await exited(child, 5_000))) signalGroup(child, 'SIGKILL');
  await exited(child, 2_000);
}

let cleaning = null;

/**
 * Stops every child still running, then runs the registered clean-ups. Never throws. Safe to
 * call twice (a signal arriving while a failed step cleans up): both callers wait for the one
 * clean-up, so nobody exits half-way through removing the folder.
 */
export function cleanUp() {
  cleaning ??= cleanUpOnce();
  return cleaning;
}

async function cleanUpOnce() {
  await Promise.all([...children].map(stop));
  children.clear();
  while (cleanups.length > 0) {
    const task = cleanups.pop();
    try {
      await task();
    } catch (error) {
      console.error(`cleanup: ${error instanceof Error ? error.message : error}`);
    }
  }
}

function track(child) {
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

// Best effort: a command stopped by cleanUp() closes after its log folder is gone.
function appendLog(file, text) {
  try {
    appendFileSync(file, text);
  } catch {
    // nothing to keep
  }
}

function lastLines(text, count = 40) {
  return text.trimEnd().split('\n').slice(-count).join('\n');
}

/**
 * Runs a command to completion. Its output is appended to `log` (when given) and returned;
 * a non-zero exit rejects with the output's last lines, unless `allowFailure`.
 * @returns {Promise<{ code: number | null, output: string }>}
 */
export function run(command, args, { cwd, env, log, allowFailure = false, timeoutMs = 300_000 }) {
  const commandLine = `${command} ${args.join(' ')}`;
  return new Promise((resolve, reject) => {
    const child = track(
      spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] }),
    );
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => {
      output += `\n[killed after ${timeoutMs / 1000} s]`;
      signalGroup(child, 'SIGKILL');
    }, timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      if (log) appendLog(log, `\n$ ${commandLine}  (in ${cwd})\n${output}`);
      if (code === 0 || allowFailure) resolve({ code, output });
      else reject(new Error(`${commandLine} failed (${code ?? signal})\n${lastLines(output)}`));
    });
  });
}

/** Starts a long-running process (a server) with its output in `logFile`; `cleanUp()` stops it. */
export function startService(command, args, { cwd, env, logFile }) {
  const out = openSync(logFile, 'a');
  const child = track(
    spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', out, out] }),
  );
  closeSync(out); // the child keeps its own descriptor
  return child;
}
