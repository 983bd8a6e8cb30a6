import { describe, expect, it } from 'vitest';
import { fileHistory, repositoryVersion, runGit, type GitRunner } from '../../src/lib/git-history.ts';

const fakeGit =
  (answers: Record<string, string | undefined>): GitRunner =>
  (args) =>
    answers[args[0]];

describe('fileHistory', () => {
  it('takes the newest commit as last updated and the oldest as added', () => {
    const run = fakeGit({ log: '2026-12-01T10:00:00+01:00\n2026-11-20T09:00:00+00:00\n2026-11-02T08:00:00+00:00' });
    expect(fileHistory('content/agreements/x.md', run, () => 'unused')).toEqual({
      updated: '2026-12-01T10:00:00+01:00',
      added: '2026-11-02T08:00:00+00:00',
      source: 'git',
    });
  });

  it('falls back to the modification time when git has no answer, and says so', () => {
    expect(fileHistory('x.md', fakeGit({}), () => '2026-10-01T00:00:00.000Z')).toEqual({ updated: '2026-10-01T00:00:00.000Z', source: 'file-system' });
    expect(fileHistory('x.md', fakeGit({ log: '' }), () => undefined)).toEqual({ source: 'none' });
  });

  it('reads real history for a committed file of this repository', () => {
    const history = fileHistory('package.json');
    expect(history.source).toBe(runGit(['rev-parse', 'HEAD']) ? 'git' : 'file-system');
    expect(Date.parse(history.updated!)).not.toBeNaN();
  });
});

describe('repositoryVersion', () => {
  it('is the short commit, marked when the working tree has changes', () => {
    expect(repositoryVersion(fakeGit({ 'rev-parse': 'abc123def456', status: '' }))).toBe('abc123def456');
    expect(repositoryVersion(fakeGit({ 'rev-parse': 'abc123def456', status: ' M content/x.md' }))).toBe('abc123def456-modified');
    expect(repositoryVersion(fakeGit({}))).toBe('unversioned');
  });
});
