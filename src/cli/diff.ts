/**
 * `npm run diff -- <git-ref>`: for each agreement changed since the ref, the comparison rows whose values changed,
 * as Markdown for a pull request. Reads the old version from git and the new one from the working tree.
 */
import { execFileSync } from 'node:child_process';
import { parseContentFile, readContent } from '../lib/content-files.ts';
import { agreementChanges, formatChanges } from '../lib/agreement-diff.ts';
import { agreementSchema, type Agreement } from '../schema/index.ts';

const usage = 'Usage: npm run diff -- <git-ref>   (for example: npm run diff -- origin/main)';
const given = process.argv[2];
// Only a revision is accepted: an argument such as --output=FILE must never reach git as an option.
if (!given || given.startsWith('-') || process.argv.length > 3) {
  console.error(given?.startsWith('-') ? `"${given}" is not a revision. ${usage}` : usage);
  process.exit(2);
}

const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8', maxBuffer: 1 << 26 });

/** The commit the revision names, resolved by git itself; `--end-of-options` keeps it from being read as an option. */
function resolveRevision(revision: string): string {
  try {
    return execFileSync('git', ['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`], { encoding: 'utf8' }).trim();
  } catch {
    console.error(`"${revision}" is not a commit in this repository. ${usage}`);
    process.exit(2);
  }
}

const ref = resolveRevision(given);
const changed = git('diff', '--name-status', '--no-renames', ref, '--', 'content/agreements')
  .split('\n')
  .filter(Boolean)
  .map((line) => line.split('\t') as [string, string])
  .filter(([, path]) => path.endsWith('.md'));

const current = readContent('content');
const nameOf = new Map(current.map((file) => [`${file.collection}/${file.id}`, file.data as Record<string, unknown> | undefined]));
const names = {
  country: (id: string) => String(nameOf.get(`countries/${id}`)?.name ?? id),
  legalCase: (id: string) => String(nameOf.get(`cases/${id}`)?.name ?? id),
};
const sourceTitle = (id: string) => String(nameOf.get(`sources/${id}`)?.title ?? id);

function parseAgreement(path: string, text: string): Agreement | undefined {
  const file = parseContentFile('agreements', path, text);
  const result = agreementSchema.safeParse(file.data);
  return result.success ? result.data : undefined;
}

const entries = changed.map(([status, path]) => {
  const id = path.replace(/^.*\//, '').replace(/\.md$/, '');
  if (status.startsWith('D')) return { id, status: 'deleted' as const, changes: [] };
  const after = current.find((file) => file.path === path);
  const newAgreement = after ? parseAgreement(path, after.raw) : undefined;
  if (!newAgreement) throw new Error(`${path} does not validate; run npm run validate first`);
  const oldAgreement = status.startsWith('A') ? undefined : parseAgreement(path, git('show', `${ref}:${path}`));
  return { id, status: status.startsWith('A') ? ('added' as const) : ('modified' as const), changes: agreementChanges(id, oldAgreement, newAgreement, names) };
});

process.stdout.write(formatChanges(entries, sourceTitle));
