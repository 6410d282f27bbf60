// The release e2e's git side: a copy of the project as a fresh repository, a bare remote it
// pushes to (semantic-release's `repositoryUrl`), and the commands a maintainer would type.
import { appendFile, copyFile, mkdir, writeFile } from 'node:fs/promises';
import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { run } from './processes.mjs';

/** A git config of our own, so the user's (signing, hooks, aliases) cannot change the story. */
export async function writeGitConfig(file) {
  await writeFile(
    file,
    [
      '[user]',
      '  name = Release E2E',
      '  email = release-e2e@example.invalid',
      '[init]',
      '  defaultBranch = main',
      '[commit]',
      '  gpgSign = false',
      '[tag]',
      '  gpgSign = false',
      '[advice]',
      '  detachedHead = false',
      '',
    ].join('\n'),
  );
}

/**
 * The files git would track in `sourceDir`'s work tree (committed or not, never ignored ones),
 * so uncommitted work is tested too. Files deleted since the last commit are skipped, and so
 * is a symlinked node_modules (`node_modules/` in .gitignore only matches real folders).
 */
async function projectFiles(sourceDir, env) {
  const listing = ['ls-files', '-z', '--cached', '--others', '--exclude-standard'];
  const { output } = await run('git', listing, { cwd: sourceDir, env });
  const isFile = (file) =>
    statSync(join(sourceDir, file), { throwIfNoEntry: false })?.isFile() ?? false;
  return [...new Set(output.split('\0').filter(Boolean))].filter(isFile);
}

export async function copyProject(sourceDir, targetDir, env) {
  const files = await projectFiles(sourceDir, env);
  for (const file of files) {
    await mkdir(dirname(join(targetDir, file)), { recursive: true });
    await copyFile(join(sourceDir, file), join(targetDir, file));
  }
  return files.length;
}

/** Git commands in one repository, with the run's environment and log. */
export function gitIn(cwd, { env, log }) {
  const git = async (...args) => (await run('git', args, { cwd, env, log })).output.trim();
  return {
    git,
    /** A commit that just touches a file: the message is what the story is about. */
    async commit(message) {
      await appendFile(join(cwd, 'release-story.txt'), `${message.split('\n')[0]}\n`);
      await git('add', 'release-story.txt');
      await git('commit', '--quiet', '-m', message);
    },
    /** Tries a commit the hook must refuse; resolves to the hook's output. */
    async commitRejected(message) {
      const { code, output } = await run('git', ['commit', '--allow-empty', '-m', message], {
        cwd,
        env,
        log,
        allowFailure: true,
      });
      if (code === 0) throw new Error(`the commit-msg hook accepted "${message}"`);
      return output;
    },
    push: (branch) => git('push', '--quiet', '--set-upstream', 'origin', branch),
    checkout: (...args) => git('checkout', '--quiet', ...args),
  };
}

/** Makes `dir` a repository with one commit and pushes it to a new bare remote. */
export async function initRepository({ dir, remoteDir, env, log }) {
  await run('git', ['init', '--quiet', '--bare', remoteDir], { cwd: dir, env, log });
  const { git } = gitIn(dir, { env, log });
  await git('init', '--quiet');
  await git('add', '--all');
  await git('commit', '--quiet', '-m', 'chore: import the project');
  const remoteUrl = `file://${remoteDir}`;
  await git('remote', 'add', 'origin', remoteUrl);
  await git('push', '--quiet', '--set-upstream', 'origin', 'main');
  return remoteUrl;
}

/** Reads the remote: what a fresh clone would see. */
export function remoteReader(remoteDir, { env, log }) {
  const git = async (...args) =>
    (await run('git', ['--git-dir', remoteDir, ...args], { cwd: remoteDir, env, log })).output;
  return {
    tags: async () => (await git('tag', '--list')).split('\n').filter(Boolean).sort(),
    file: (branch, path) => git('show', `${branch}:${path}`),
  };
}
