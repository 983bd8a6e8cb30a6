/**
 * `npm run new -- <agreement|country|term|case|source> <id>`: writes a template with every field, a comment per field
 * and TODO placeholders into content/, then says what to do next. It never overwrites a file.
 */
import { lstatSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectionLayout, readContent } from '../lib/content-files.ts';
import { scaffold } from '../lib/scaffold.ts';
import { KEBAB_ID, type CollectionName } from '../schema/index.ts';

const kinds: Record<string, CollectionName> = { agreement: 'agreements', country: 'countries', term: 'terms', case: 'cases', source: 'sources' };
const [kind, id] = process.argv.slice(2);
// Own keys only: "__proto__" or "constructor" must be a usage error, not a lookup on Object.prototype.
const collection = kind !== undefined && Object.hasOwn(kinds, kind) ? kinds[kind] : undefined;
const fail = (message: string): never => {
  console.error(message);
  process.exit(2);
};

if (!collection || !id) fail(`Usage: npm run new -- <${Object.keys(kinds).join('|')}> <id>\nExample: npm run new -- agreement us-examplia-2025`);
const pattern = collection === 'agreements' ? /^[a-z0-9]+(?:-[a-z0-9]+)*-\d{4}$/ : KEBAB_ID;
if (!pattern.test(id!)) {
  fail(
    collection === 'agreements'
      ? `"${id}" is not an agreement id: use <sending>-<receiving>-<year> in lower-case kebab-case, such as us-rwanda-2025`
      : `"${id}" is not an id: use lower-case kebab-case, such as el-salvador`,
  );
}
const contentDir = process.env.CONTENT_DIR ?? 'content';
const folder = join(contentDir, collectionLayout[collection!].folder);
const path = join(folder, `${id}${collectionLayout[collection!].extensions[0]}`);
mkdirSync(folder, { recursive: true });
// Never write through a link: the folder must be a real folder, and the file is created only if nothing (not even a
// dangling link) is at its path ('wx' fails on any existing entry).
if (!lstatSync(folder).isDirectory()) fail(`${folder} is not a plain folder (a symbolic link?); refusing to write there`);
if (lstatSync(path, { throwIfNoEntry: false })) fail(`${path} already exists; edit it instead`);
writeFileSync(path, scaffold(collection!, new Date().toISOString().slice(0, 10)), { flag: 'wx' });

// An agreement id names its parties: say so now if one of them is not a country in content/countries/ yet.
if (collection === 'agreements') {
  const countries = readContent(contentDir).filter((file) => file.collection === 'countries');
  const names = new Set(countries.flatMap((file) => [file.id, String((file.data as { shortId?: string } | undefined)?.shortId ?? '')]));
  const parts = id!.replace(/-\d{4}$/, '');
  const known = [...names].filter(Boolean).some((sending) => parts.startsWith(`${sending}-`) && names.has(parts.slice(sending.length + 1)));
  if (!known) {
    console.warn(`Warning: "${parts}" is not <sending>-<receiving> with both in content/countries/; add the country first (npm run new -- country <id>), or check the spelling.`);
  }
}
console.log(`Wrote ${path}.
Next:
  1. Replace every TODO: a value with its sources (ids of files in content/sources/), or value: null with a note.
     Add a source with: npm run new -- source <publisher>-<yyyy-mm-dd>-<topic>
  2. Run npm run validate until it reports no errors; it names the file, field and line of each problem.
See CONTRIBUTING.md for the rules on sources.`);
