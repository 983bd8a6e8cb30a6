/**
 * `npm run bench:search`: measures the search on synthetic corpora of 1,000 and 10,000 documents and, in the same run,
 * a naive baseline (one fuse.js instance over every field, body text included). Prints a table for people, then, as
 * the last line, one JSON object for machines:
 * {"results":[{"docs":1000,"p50_ms":..,"p95_ms":..,"baseline_p95_ms":..,"index_bytes":..,"index_gzip_bytes":..,
 *   "build_ms":..,"cold_first_query_ms":..}, ...]}
 * Sizes can be chosen: `npm run bench:search -- 1000 5000`.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { gzipSync } from 'node:zlib';
import Fuse from 'fuse.js';
import { searchDocuments, type SearchDocument } from '../lib/search/documents.ts';
import { buildSearchIndex, type SearchIndex } from '../lib/search/index-build.ts';
import { createSearcher } from '../lib/search/query.ts';
import { syntheticContent } from '../lib/search/synthetic.ts';

/** Typos, abbreviations, former names, British/American spellings, multi-word and partly typed queries. */
export const BENCH_QUERIES = [
  'rwnada',
  'refoulment',
  'salvadore',
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

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const round = (value: number) => Math.round(value * 1000) / 1000;

function timeEach(queries: string[], repeats: number, run: (query: string) => unknown): number[] {
  const times: number[] = [];
  for (let r = 0; r < repeats; r++) {
    for (const query of queries) {
      const start = performance.now();
      run(query);
      times.push(performance.now() - start);
    }
  }
  return times;
}

type Timings = { cold: number; times: number[]; typing: number[] };

/**
 * Runs in a worker with a heap of its own, holding only what a browser tab would: the index text (or, for the
 * baseline, the documents). Garbage from generating the corpus in the main thread then never lands in a query's time.
 */
function measureInWorker(
  task: { kind: 'project'; json: string; size: number } | { kind: 'baseline'; documents: SearchDocument[]; size: number },
) {
  return new Promise<Timings>((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: task });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

function measure(task: Parameters<typeof measureInWorker>[0]): Timings {
  if (task.kind === 'project') {
    // Cold: from the fetched text to the first answer, as a reader's first keystroke pays it.
    const coldStart = performance.now();
    const searcher = createSearcher(JSON.parse(task.json) as SearchIndex);
    searcher.search(BENCH_QUERIES[0]);
    const cold = performance.now() - coldStart;
    timeEach(BENCH_QUERIES, 3, (query) => searcher.search(query)); // warm-up
    const times = timeEach(BENCH_QUERIES, task.size <= 1000 ? 40 : 15, (query) => searcher.search(query));
    // Every keystroke of every query, as typing sends them, with the box's limit.
    const keystrokes = BENCH_QUERIES.flatMap((query) => Array.from({ length: query.length }, (_, i) => query.slice(0, i + 1)));
    const typing = timeEach(keystrokes, 3, (query) => searcher.search(query, { limit: 8 }));
    return { cold, times, typing };
  }
  const coldStart = performance.now();
  const baseline = new Fuse(task.documents, {
    keys: ['title', 'names', 'context', 'summary', 'snippet', 'body'],
    ignoreLocation: true,
  });
  baseline.search(BENCH_QUERIES[0]);
  const cold = performance.now() - coldStart;
  const times = timeEach(BENCH_QUERIES, task.size <= 1000 ? 3 : 1, (query) => baseline.search(query));
  return { cold, times, typing: [] };
}

async function bench(size: number) {
  const documents = searchDocuments(syntheticContent(size).content);
  if (documents.length !== size) throw new Error(`expected ${size} documents, generated ${documents.length}`);

  const builds: number[] = [];
  let index: SearchIndex | undefined;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    index = buildSearchIndex(documents);
    builds.push(performance.now() - start);
  }
  const json = JSON.stringify(index);
  const project = await measureInWorker({ kind: 'project', json, size });
  const baseline = await measureInWorker({ kind: 'baseline', documents, size });

  return {
    result: {
      docs: size,
      p50_ms: round(percentile(project.times, 50)),
      p95_ms: round(percentile(project.times, 95)),
      baseline_p95_ms: round(percentile(baseline.times, 95)),
      index_bytes: Buffer.byteLength(json),
      index_gzip_bytes: gzipSync(json, { level: 9 }).length,
      build_ms: round(percentile(builds, 50)),
      cold_first_query_ms: round(project.cold),
    },
    extra: {
      typing_p95_ms: round(percentile(project.typing, 95)),
      terms: index!.terms.length,
    },
  };
}

if (!isMainThread) {
  parentPort!.postMessage(measure(workerData));
} else {
  if (process.argv[1]?.endsWith("bench-search.ts")) await main();
}

async function main() {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((size) => size > 0);
  const runs = [];
  for (const size of sizes.length ? sizes : [1000, 10000]) runs.push(await bench(size));

  console.log(`search benchmark, Node ${process.version}, ${BENCH_QUERIES.length} queries`);
  console.log(
    'docs    p50 ms  p95 ms  typing p95 ms  baseline p95 ms  speed-up  index KB  gzip KB  terms  build ms  cold first query ms',
  );
  for (const { result, extra } of runs) {
    console.log(
      [
        String(result.docs).padEnd(6),
        result.p50_ms.toFixed(3).padStart(7),
        result.p95_ms.toFixed(3).padStart(7),
        extra.typing_p95_ms.toFixed(3).padStart(14),
        result.baseline_p95_ms.toFixed(1).padStart(16),
        `${Math.round(result.baseline_p95_ms / result.p95_ms)}×`.padStart(9),
        (result.index_bytes / 1024).toFixed(0).padStart(9),
        (result.index_gzip_bytes / 1024).toFixed(0).padStart(8),
        String(extra.terms).padStart(6),
        result.build_ms.toFixed(0).padStart(9),
        result.cold_first_query_ms.toFixed(1).padStart(20),
      ].join(' '),
    );
  }
  console.log(JSON.stringify({ results: runs.map((run) => run.result) }));
}
