/**
 * A contributor's path, end to end, on a temporary copy of the fixture content: `npm run new` writes a template, the
 * validator refuses it until it is filled, and once filled the new agreement appears on the agreement list, the
 * comparison, the search index, the data downloads and the sitemap, with no code change.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsYaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { clauseIds } from '../../src/schema/index.ts';
import { builtDocuments } from './built-search.ts';

const work = mkdtempSync(join(tmpdir(), 'scaffold-'));
const content = join(work, 'content');
const out = join(work, 'dist');
const id = 'testland-otherland-2026';
const file = join(content, 'agreements', `${id}.md`);
const env = { ...process.env, CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' };
const node = (args: string[]) => spawnSync(process.execPath, args, { env, encoding: 'utf8' });

/** Fills every placeholder the way a contributor would: values with sources, or null with a reason. */
function fill(template: string): string {
  const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(template)!;
  const data = jsYaml.load(frontmatter, { schema: jsYaml.CORE_SCHEMA }) as Record<string, any>;
  const source = ['gazette-2025-01-10-testland-deal'];
  const unknown = (value: any): any => {
    if (Array.isArray(value)) return value.map(unknown);
    if (value && typeof value === 'object') {
      if ('note' in value && 'value' in value) return { value: null, note: 'Not reported in the sources consulted.' };
      return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, unknown(child)]));
    }
    return value;
  };
  const filled = unknown(data);
  Object.assign(filled, {
    title: 'Testland–Otherland scaffolded memorandum',
    shortTitle: 'Testland–Otherland (2026)',
    summary: 'A fictional agreement written from the npm run new template by the test suite, to prove a new file reaches every view.',
    parties: { value: { sending: ['testland'], receiving: ['otherland'] }, sources: source },
    status: { value: 'proposed', sources: source },
    statusHistory: [{ date: '2026-01-15', status: 'proposed', sources: source }],
    model: { value: ['transit'], sources: source },
  });
  filled.dates.announced = { value: '2026-01-15', sources: source };
  // The clause questions, answered as a contributor who has not found the text would answer them.
  filled.clauses = Object.fromEntries(clauseIds.map((id) => [id, { answer: 'unknown', note: 'The text has not been found.' }]));
  // Every sentence cites its source with a footnote marker, as CONTRIBUTING asks; three sources in all.
  const prose = 'Fictional text written for the scaffolding test so that each section has words in it.[^gazette-2025-01-10-testland-deal] '.repeat(4) + 'It also cites the wire and the court.[^wire-2025-06-transfers][^court-2025-06-20-ruling]';
  return `---\n${jsYaml.dump(filled)}---\n${body.replace(/^TODO.*$/gm, prose)}`;
}

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a new agreement from the template', () => {
  it('is refused while it holds placeholders, accepted once filled, and shows up everywhere', () => {
    cpSync('tests/fixtures/valid-content', content, { recursive: true });
    const created = node(['src/cli/new.ts', 'agreement', id]);
    expect(created.status, created.stderr).toBe(0);

    const unfilled = node(['src/cli/validate.ts', '--content', content]);
    expect(unfilled.status).toBe(1);
    expect(unfilled.stderr).toMatch(new RegExp(`agreements/${id}\\.md:\\d+ +\\S+ +the TODO placeholder is still here`));

    writeFileSync(file, fill(readFileSync(file, 'utf8')));
    const filled = node(['src/cli/validate.ts', '--content', content]);
    expect(filled.stdout + filled.stderr).toMatch(/All \d+ content files are valid/);

    execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out, '--silent'], { env, stdio: 'pipe' });
    const built = (path: string) => readFileSync(join(out, path), 'utf8');
    expect(built('agreements/index.html')).toContain(`href="/agreements/${id}/"`);
    expect(built(`agreements/${id}/index.html`)).toContain('Testland–Otherland scaffolded memorandum');
    expect(built('compare/index.html')).toContain(`value="${id}"`);
    expect((JSON.parse(built('data/compare.json')) as { records: { id: string }[] }).records.map((record) => record.id)).toContain(id);
    expect(builtDocuments(out).map((doc) => doc.u)).toContain(`/agreements/${id}/`);
    expect((JSON.parse(built('data/agreements.json')) as { agreements: { id: string }[] }).agreements.map((agreement) => agreement.id)).toContain(id);
    expect(built('data/agreements.csv')).toContain(id);
    expect(built('sitemap.xml')).toContain(`/agreements/${id}/</loc>`);
  }, 240_000);
});
