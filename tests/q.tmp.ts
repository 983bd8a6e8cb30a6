import { readContentSet } from '../src/lib/content-set.ts';
import { searchDocuments } from '../src/lib/search/documents.ts';
import { buildSearchIndex } from '../src/lib/search/index-build.ts';
import { createSearcher } from '../src/lib/search/query.ts';
const searcher = createSearcher(buildSearchIndex(searchDocuments(readContentSet('content'))));
for (const q of process.argv.slice(2)) console.log(q, searcher.search(q, { limit: 5 }).hits.map((h: any) => h.doc.u));
