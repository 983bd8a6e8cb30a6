/**
 * The content as it was at a revision: `git archive` of content/ unpacked into a temporary folder and read like the
 * working tree. Releases are git tags `vX.Y.Z`; the changelog compares the content of consecutive releases.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readContentSet } from '../content-set.ts';
import type { ContentSet } from '../exports.ts';
import { isVersion } from './version.ts';

const git = (repo: string, args: string[]) => execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 }).trim();

/** Release tags (`v1.2.0`), oldest first by version; none when the repository has none or git is unavailable. */
export function releaseTags(repo = '.'): string[] {
  let listed: string;
  try {
    listed = git(repo, ['tag', '--list', 'v*']);
  } catch {
    return [];
  }
  const parts = (tag: string) => tag.slice(1).split('.').map(Number);
  return listed
    .split('\n')
    .filter((tag) => isVersion(tag.slice(1)))
    .sort((a, b) => {
      const [x, y] = [parts(a), parts(b)];
      return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
    });
}

/** The content folder at a revision (a tag, a commit), read through the validator's reader. */
export function contentAtRevision(revision: string, repo = '.', contentPath = 'content'): ContentSet {
  const commit = git(repo, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`]);
  const folder = mkdtempSync(join(tmpdir(), 'content-at-'));
  try {
    const archive = execFileSync('git', ['-C', repo, 'archive', '--format=tar', commit, '--', contentPath], { maxBuffer: 1 << 28 });
    execFileSync('tar', ['-x', '-C', folder], { input: archive });
    return readContentSet(join(folder, contentPath));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
