/**
 * Dates from the change history: when a content file was added and last changed, and which commit a build comes
 * from. Git runs at build time; where it cannot answer (a tarball without .git, a file not yet committed) the file's
 * modification time stands in, which archive downloads set to the commit time. The runner is injectable for tests.
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';

/** Runs git and returns its trimmed output, or undefined when git is missing or fails. */
export type GitRunner = (args: string[]) => string | undefined;

export const runGit: GitRunner = (args) => {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
};

export type FileHistory = {
  /** ISO 8601 timestamp of the last change. */
  updated?: string;
  /** ISO 8601 timestamp of the commit that added the file (git only). */
  added?: string;
  source: 'git' | 'file-system' | 'none';
};

const modifiedTime = (path: string): string | undefined => {
  try {
    return statSync(path).mtime.toISOString();
  } catch {
    return undefined;
  }
};

export function fileHistory(path: string, run: GitRunner = runGit, mtime: (path: string) => string | undefined = modifiedTime): FileHistory {
  const dates = run(['log', '--follow', '--format=%cI', '--', path])?.split('\n').filter(Boolean) ?? [];
  if (dates.length) return { updated: dates[0], added: dates.at(-1), source: 'git' };
  const modified = mtime(path);
  return modified ? { updated: modified, source: 'file-system' } : { source: 'none' };
}

/**
 * The dataset version: the commit the build comes from, marked "-modified" when the working tree has uncommitted
 * changes (the files then match no commit exactly); "unversioned" without git.
 */
export function repositoryVersion(run: GitRunner = runGit): string {
  const commit = run(['rev-parse', '--short=12', 'HEAD']);
  if (!commit) return 'unversioned';
  return run(['status', '--porcelain', '--untracked-files=no'])?.length ? `${commit}-modified` : commit;
}
