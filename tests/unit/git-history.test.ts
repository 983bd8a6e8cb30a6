import { describe, expect, it } from 'vitest';
import { fileHistory, parseNameLog, repositoryHistory, repositoryVersion, type GitRunner } from '../../src/lib/git-history.ts';

const fakeGit =
  (answers: Record<string, string | undefined>): GitRunner =>
  (args) =>
    answers[args[0]];

const log = [
  '\u00002026-12-01T10:00:00+01:00',
  '',
  'content/agreements/a.md',
  'content/sources/s.yaml',
  '\u00002026-11-20T09:00:00+00:00',
  '',
  'content/agreements/b.md',
  '\u00002026-11-02T08:00:00+00:00',
  '',
  'content/agreements/a.md',
  'content/agreements/b.md',
].join('\n');

describe('parseNameLog', () => {
  it('takes each file’s newest commit as last updated and its oldest as added', () => {
    const history = parseNameLog(log);
    expect(history.get('content/agreements/a.md')).toEqual({ updated: '2026-12-01T10:00:00+01:00', added: '2026-11-02T08:00:00+00:00' });
    expect(history.get('content/agreements/b.md')).toEqual({ updated: '2026-11-20T09:00:00+00:00', added: '2026-11-02T08:00:00+00:00' });
    expect(history.get('content/sources/s.yaml')).toEqual({ updated: '2026-12-01T10:00:00+01:00', added: '2026-12-01T10:00:00+01:00' });
    expect(history.size).toBe(3);
  });
});

describe('fileHistory', () => {
  const history = parseNameLog(log);

  it('answers from the history for a committed file, with or without a leading ./', () => {
    expect(fileHistory('./content/agreements/b.md', history, () => 'unused')).toEqual({
      updated: '2026-11-20T09:00:00+00:00',
      added: '2026-11-02T08:00:00+00:00',
      source: 'git',
    });
  });

  it('falls back to the modification time for an uncommitted file or without git, and says so', () => {
    expect(fileHistory('content/agreements/new.md', history, () => '2026-10-01T00:00:00.000Z')).toEqual({ updated: '2026-10-01T00:00:00.000Z', source: 'file-system' });
    expect(fileHistory('content/agreements/a.md', undefined, () => '2026-10-01T00:00:00.000Z').source).toBe('file-system');
    expect(fileHistory('x.md', undefined, () => undefined)).toEqual({ source: 'none' });
  });

  it('reads this repository’s real history', () => {
    const real = repositoryHistory();
    if (real === undefined) throw new Error('git is needed to build the site with page dates; install git');
    const dates = fileHistory('package.json', real);
    expect(dates.source).toBe('git');
    expect(Date.parse(dates.added!)).toBeLessThanOrEqual(Date.parse(dates.updated!));
  });
});

describe('repositoryVersion', () => {
  it('is the short commit, marked when tracked files have changes', () => {
    expect(repositoryVersion(fakeGit({ 'rev-parse': 'abc123def456', status: '' }))).toBe('abc123def456');
    expect(repositoryVersion(fakeGit({ 'rev-parse': 'abc123def456', status: ' M content/x.md' }))).toBe('abc123def456-modified');
    expect(repositoryVersion(fakeGit({}))).toBe('unversioned');
  });
});
