/**
 * The changelog of facts from git: a fixture repository with two commits, the second changing one value of one
 * agreement and adding one case; the changelog lists exactly that.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { changelogMarkdown, contentChanges } from '../../../src/lib/releases/changelog.ts';
import { contentAtRevision, releaseTags } from '../../../src/lib/releases/git-content.ts';

const repo = mkdtempSync(join(tmpdir(), 'changelog-repo-'));
afterAll(() => rmSync(repo, { recursive: true, force: true }));
const git = (...args: string[]) => execFileSync('git', ['-C', repo, '-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], { encoding: 'utf8' }).trim();

describe('the changelog of facts between two commits', () => {
  git('init', '-q');
  cpSync('tests/fixtures/valid-content', join(repo, 'content'), { recursive: true });
  git('add', '.');
  git('commit', '-q', '-m', 'first');
  git('tag', 'v1.0.0');
  const agreement = join(repo, 'content/agreements/testland-examplia-2025.md');
  writeFileSync(agreement, readFileSync(agreement, 'utf8').replace('cap: { value: { count: 250, period: per year }', 'cap: { value: { count: 300, period: per year }'));
  const legalCase = readFileSync(join(repo, 'content/cases/doe-v-ministry.md'), 'utf8');
  writeFileSync(join(repo, 'content/cases/roe-v-ministry.md'), legalCase.replace(/^name: .*$/m, 'name: Roe v. Ministry'));
  git('add', '.');
  git('commit', '-q', '-m', 'second');
  git('tag', 'v1.1.0');

  const changes = contentChanges(contentAtRevision('v1.0.0', repo), contentAtRevision('v1.1.0', repo));

  it('finds the release tags in version order', () => {
    expect(releaseTags(repo)).toEqual(['v1.0.0', 'v1.1.0']);
  });

  it('lists exactly the changed value, with before, after and sources', () => {
    expect(changes.changed).toEqual([
      {
        id: 'testland-examplia-2025',
        title: 'Testland–Examplia transfer memorandum',
        changes: [{ dimension: 'cap', label: expect.any(String), before: '250 per year', after: '300 per year', sources: ['gazette-2025-01-10-testland-deal'] }],
      },
    ]);
  });

  it('lists the added case and nothing removed', () => {
    expect(changes.added).toEqual([{ collection: 'cases', id: 'roe-v-ministry', title: 'Roe v. Ministry' }]);
    expect(changes.removed).toEqual([]);
  });

  it('counts everything as added for a first release', () => {
    const first = contentChanges(null, contentAtRevision('v1.0.0', repo));
    expect(first.added.map((entry) => entry.id)).toContain('testland-examplia-2025');
    expect(first.changed).toEqual([]);
  });

  it('writes a Markdown entry', () => {
    const text = changelogMarkdown('1.1.0', '2027-01-15', changes);
    expect(text).toContain('## 1.1.0 (2027-01-15)');
    expect(text).toContain('- Case `roe-v-ministry`: Roe v. Ministry');
    expect(text).toMatch(/- `testland-examplia-2025` .*: 250 per year → 300 per year \(sources: gazette-2025-01-10-testland-deal\)/);
  });
});
