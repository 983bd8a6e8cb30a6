/**
 * `npm run new -- <agreement|country|term|case|source> <id>`: writes a template with every field, a comment per field
 * and TODO placeholders into content/, then says what to do next. It never overwrites a file.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { collectionLayout } from '../lib/content-files.ts';
import { scaffold } from '../lib/scaffold.ts';
import { KEBAB_ID, type CollectionName } from '../schema/index.ts';

const kinds: Record<string, CollectionName> = { agreement: 'agreements', country: 'countries', term: 'terms', case: 'cases', source: 'sources' };
const [kind, id] = process.argv.slice(2);
const collection = kinds[kind ?? ''];
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
const path = join(contentDir, collectionLayout[collection].folder, `${id}${collectionLayout[collection].extensions[0]}`);
if (existsSync(path)) fail(`${path} already exists; edit it instead`);
mkdirSync(dirname(path), { recursive: true });
writeFileSync(path, scaffold(collection, new Date().toISOString().slice(0, 10)));
console.log(`Wrote ${path}.
Next:
  1. Replace every TODO: a value with its sources (ids of files in content/sources/), or value: null with a note.
     Add a source with: npm run new -- source <publisher>-<yyyy-mm-dd>-<topic>
  2. Run npm run validate until it reports no errors; it names the file, field and line of each problem.
See CONTRIBUTING.md for the rules on sources.`);
