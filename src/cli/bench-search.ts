/**
 * `npm run bench:search`: measures the search on synthetic corpora of 1,000 and 10,000 documents and, in the same run,
 * a naive baseline (one fuse.js instance over every field, body text included). For each size:
 *
 * - cold: each query from a fresh page, as a browser on a static host would run it: the bytes fetched (gzip, the
 *   manifest included) before its first results, the rounds of fetches, and the time to the first result with the
 *   pieces at hand (parsing and searching, no network: add a round trip per round for a real connection);
 * - warm: p50/p95 per query once the pieces are loaded, and per keystroke as typing sends them;
 * - relevance: how many of the synthetic relevance queries find their page first and in the first three;
 * - the whole index's size, for comparison with what a query fetches.
 *
 * Prints a table for people, then, as the last line, one JSON object for machines. Sizes can be chosen:
 * `npm run bench:search -- 1000 5000`.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { gzipSync } from 'node:zlib';
import Fuse from 'fuse.js';
import { searchDocuments, type SearchDocument } from '../lib/search/documents.ts';
import { buildSearchIndex, buildSnippetList, type SearchIndex } from '../lib/search/index-build.ts';
import { createSearcher } from '../lib/search/query.ts';
import { createShardedSearch, shardSearchIndex, type ShardManifest } from '../lib/search/shards.ts';
import { SYNTHETIC_RELEVANCE, syntheticContent } from '../lib/search/synthetic.ts';

/** Typos, abbreviations, former names, British/American spellings, multi-word and partly typed queries. */
export const BENCH_QUERIES = [
  'rwnada',
  'refoulment',
  'salvadore',
  'salvdor',
  'STCA',
  'ACA',
  'AEA',
  'Swaziland',
  'CECOT',
  'judge notice third country',
  'externalisation',
  'externalization',
  'detension centre',
  'memorandum of understanding',
  'offshore processing nauru',
  'human rights watch concerns',
  'asylum',
  'third-country removal',
  'us rwanda 2025',
  'deportation flights',
  'ex',
  'safe thrid countr',
  'injuction apeal court',
];

/** Results a first query waits for: the header box's. */
const FIRST_LIMIT = 8;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const round = (value: number) => Math.round(value * 1000) / 1000;

async function timeEach(queries: string[], repeats: number, run: (query: string) => unknown): Promise<number[]> {
  const times: number[] = [];
  for (let r = 0; r < repeats; r++) {
    for (const query of queries) {
      const start = performance.now();
      await run(query);
      times.push(performance.now() - start);
    }
  }
  return times;
}

type Pieces = { manifest: string; files: [string, string][] };
type Cold = { query: string; bytes: number; rounds: number; ms: number };
type Timings = { cold: Cold[]; times: number[]; typing: number[] };

/**
 * Runs in a worker with a heap of its own, holding only what a browser tab would: the pieces' text (or, for the
 * baseline, the documents). Garbage from generating the corpus in the main thread then never lands in a query's time.
 */
function measureInWorker(task: { kind: 'project'; pieces: Pieces; size: number } | { kind: 'baseline'; documents: SearchDocument[]; size: number }) {
  return new Promise<Timings>((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: task });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

async function measure(task: Parameters<typeof measureInWorker>[0]): Promise<Timings> {
  if (task.kind === 'project') {
    const texts = new Map(task.pieces.files);
    const gzipped = new Map([...texts].map(([file, text]) => [file, gzipSync(text, { level: 9 }).length]));
    const manifestBytes = gzipSync(task.pieces.manifest, { level: 9 }).length;
    const cold: Cold[] = [];
    for (const query of BENCH_QUERIES) {
      // A fresh page: nothing cached. Every piece a round asks for is fetched at once; rounds follow one another.
      let bytes = manifestBytes;
      let rounds = 1;
      let inRound = false;
      const start = performance.now();
      const search = createShardedSearch(JSON.parse(task.pieces.manifest) as ShardManifest, async (file) => {
        if (!inRound) {
          rounds++;
          inRound = true;
          queueMicrotask(() => (inRound = false));
        }
        bytes += gzipped.get(file)!;
        return JSON.parse(texts.get(file)!) as unknown;
      });
      await search.search(query, { limit: FIRST_LIMIT });
      cold.push({ query, bytes, rounds, ms: performance.now() - start });
    }
    // Warm: one page that has fetched every piece these queries need.
    const search = createShardedSearch(JSON.parse(task.pieces.manifest) as ShardManifest, async (file) => JSON.parse(texts.get(file)!));
    const keystrokes = BENCH_QUERIES.flatMap((query) => Array.from({ length: query.length }, (_, i) => query.slice(0, i + 1)));
    await timeEach([...BENCH_QUERIES, ...keystrokes], 1, (query) => search.search(query)); // loads the pieces
    await timeEach(BENCH_QUERIES, 3, (query) => search.search(query)); // warm-up
    const times = await timeEach(BENCH_QUERIES, task.size <= 1000 ? 40 : 15, (query) => search.search(query));
    const typing = await timeEach(keystrokes, 3, (query) => search.search(query, { limit: FIRST_LIMIT }));
    return { cold, times, typing };
  }
  const baseline = new Fuse(task.documents, { keys: ['title', 'names', 'context', 'summary', 'snippet', 'body'], ignoreLocation: true });
  baseline.search(BENCH_QUERIES[0]);
  const times = await timeEach(BENCH_QUERIES, task.size <= 1000 ? 3 : 1, (query) => baseline.search(query));
  return { cold: [], times, typing: [] };
}

/** Synthetic relevance queries whose page comes first, and in the first three. */
function relevance(index: SearchIndex) {
  const searcher = createSearcher(index);
  let first = 0;
  let top3 = 0;
  for (const [query, url] of SYNTHETIC_RELEVANCE) {
    const urls = searcher.search(query, { limit: 3 }).hits.map((hit) => hit.doc.u);
    if (urls[0] === url) first++;
    if (urls.includes(url)) top3++;
  }
  return { first, top3, of: SYNTHETIC_RELEVANCE.length };
}

async function bench(size: number, withBaseline: boolean) {
  const documents = searchDocuments(syntheticContent(size).content);
  if (documents.length !== size) throw new Error(`expected ${size} documents, generated ${documents.length}`);

  const builds: number[] = [];
  let index: SearchIndex | undefined;
  let pieces: ReturnType<typeof shardSearchIndex> | undefined;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    index = buildSearchIndex(documents);
    pieces = shardSearchIndex(index, buildSnippetList(documents));
    builds.push(performance.now() - start);
  }
  const files = [...pieces!.files];
  const whole = JSON.stringify(index);
  const project = await measureInWorker({ kind: 'project', pieces: { manifest: JSON.stringify(pieces!.manifest), files }, size });
  const baseline = withBaseline ? await measureInWorker({ kind: 'baseline', documents, size }) : undefined;
  const coldBytes = project.cold.map((entry) => entry.bytes);
  const coldMs = project.cold.map((entry) => entry.ms);
  const heaviest = project.cold.reduce((a, b) => (b.bytes > a.bytes ? b : a));

  return {
    result: {
      docs: size,
      p50_ms: round(percentile(project.times, 50)),
      p95_ms: round(percentile(project.times, 95)),
      typing_p95_ms: round(percentile(project.typing, 95)),
      baseline_p95_ms: baseline ? round(percentile(baseline.times, 95)) : null,
      cold_gzip_bytes_p50: percentile(coldBytes, 50),
      cold_gzip_bytes_max: Math.max(...coldBytes),
      cold_heaviest_query: heaviest.query,
      cold_first_result_ms_p50: round(percentile(coldMs, 50)),
      cold_first_result_ms_max: round(Math.max(...coldMs)),
      cold_rounds_max: Math.max(...project.cold.map((entry) => entry.rounds)),
      whole_index_bytes: Buffer.byteLength(whole),
      whole_index_gzip_bytes: gzipSync(whole, { level: 9 }).length,
      pieces: files.length + 1,
      build_ms: round(percentile(builds, 50)),
      relevance: relevance(index!),
    },
    terms: index!.terms.length,
  };
}

if (!isMainThread) {
  parentPort!.postMessage(await measure(workerData));
} else if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  await main();
}

async function main() {
  const args = process.argv.slice(2);
  const sizes = args.map(Number).filter((size) => size > 0);
  const withBaseline = !args.includes('--no-baseline');
  const runs = [];
  for (const size of sizes.length ? sizes : [1000, 10000]) runs.push(await bench(size, withBaseline));

  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  console.log(`search benchmark, Node ${process.version}, ${BENCH_QUERIES.length} queries, first results = ${FIRST_LIMIT}`);
  console.log(
    'docs    p50 ms  p95 ms  typing p95  baseline p95 | cold KB gzip p50 / max  first result ms p50 / max  rounds | whole index KB (gzip)  pieces  build ms | relevance first / top 3',
  );
  for (const { result } of runs) {
    console.log(
      [
        String(result.docs).padEnd(6),
        result.p50_ms.toFixed(3).padStart(7),
        result.p95_ms.toFixed(3).padStart(7),
        result.typing_p95_ms.toFixed(3).padStart(11),
        (result.baseline_p95_ms === null ? '-' : result.baseline_p95_ms.toFixed(1)).padStart(13),
        ' |',
        `${kb(result.cold_gzip_bytes_p50)} / ${kb(result.cold_gzip_bytes_max)}`.padStart(22),
        `${result.cold_first_result_ms_p50.toFixed(1)} / ${result.cold_first_result_ms_max.toFixed(1)}`.padStart(26),
        String(result.cold_rounds_max).padStart(7),
        ' |',
        `${kb(result.whole_index_bytes)} (${kb(result.whole_index_gzip_bytes)})`.padStart(21),
        String(result.pieces).padStart(7),
        result.build_ms.toFixed(0).padStart(9),
        ' |',
        `${result.relevance.first} / ${result.relevance.top3} of ${result.relevance.of}`.padStart(16),
      ].join(' '),
    );
  }
  console.log(`heaviest cold queries: ${runs.map(({ result }) => `${result.docs}: "${result.cold_heaviest_query}"`).join(', ')}`);
  console.log(JSON.stringify({ results: runs.map((run) => run.result) }));
}
