/**
 * Dates from the change history: when a content file was added and last changed, and which commit a build comes
 * from. Git runs once per build (one `git log` for every file, not one per page); where it cannot answer (a tarball
 * without .git, a file not yet committed) the file's modification time stands in, which archive downloads set to the
 * commit time. The runner is injectable for tests.
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';

/** Runs git and returns its trimmed output, or undefined when git is missing or fails. */
export type GitRunner = (args: string[]) => string | undefined;

export const runGit: GitRunner = (args) => {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 }).trim();
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

/** Every committed file's first and last commit dates, by path from the repository root. */
export type RepositoryHistory = Map<string, { updated: string; added: string }>;

const COMMIT_MARK = '\u0000';

/** Reads `git log --format=<NUL>%cI --name-only` output, newest commit first. */
export function parseNameLog(output: string): RepositoryHistory {
  const history: RepositoryHistory = new Map();
  for (const commit of output.split(COMMIT_MARK).slice(1)) {
    const [date, ...paths] = commit.split('\n').map((line) => line.trim());
    for (const path of paths.filter(Boolean)) {
      const known = history.get(path);
      if (known) known.added = date;
      else history.set(path, { updated: date, added: date });
    }
  }
  return history;
}

/** The whole history in one git call; undefined without git. Renames count as new files: a renamed entry is a new address. */
export function repositoryHistory(run: GitRunner = runGit): RepositoryHistory | undefined {
  const output = run(['log', '--no-renames', '--format=%x00%cI', '--name-only']);
  return output === undefined ? undefined : parseNameLog(output);
}

const modifiedTime = (path: string): string | undefined => {
  try {
    return statSync(path).mtime.toISOString();
  } catch {
    return undefined;
  }
};

/** One file's dates: from the history when it is committed, else its modification time. */
export function fileHistory(
  path: string,
  history: RepositoryHistory | undefined,
  mtime: (path: string) => string | undefined = modifiedTime,
): FileHistory {
  const committed = history?.get(path.replace(/^\.\//, ''));
  if (committed) return { ...committed, source: 'git' };
  const modified = mtime(path);
  return modified ? { updated: modified, source: 'file-system' } : { source: 'none' };
}

/**
 * The dataset version: the commit the build comes from, marked "-modified" when tracked files have uncommitted
 * changes (the files then match no commit exactly); "unversioned" without git.
 */
export function repositoryVersion(run: GitRunner = runGit): string {
  const commit = run(['rev-parse', '--short=12', 'HEAD']);
  if (!commit) return 'unversioned';
  return run(['status', '--porcelain', '--untracked-files=no'])?.length ? `${commit}-modified` : commit;
}
