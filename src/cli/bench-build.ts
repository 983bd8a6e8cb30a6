/**
 * `npm run bench:build [-- --sizes 1000,10000] [--keep] [--content DIR]`: builds the site from synthetic content folders
 * of each size (or again from a folder an earlier run kept) and
 * prints wall time, peak memory and page weights. Each build runs in its own process so its peak RSS is its own.
 * The last line is one JSON object with every figure, for the README and issue notes.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { treeMemoryBytes } from '../lib/bench/process-tree.ts';
import { syntheticContent } from '../lib/synthetic-content.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    keep: { type: 'boolean', default: false },
    // A content folder kept from an earlier run (`--keep`), to time builds of one corpus again: its size is its agreements.
    content: { type: 'string' },
  },
});
const sizes = values.content ? [readdirSync(join(values.content, 'agreements')).length] : values.sizes!.split(',').map(Number);

type Figures = {
  agreements: number;
  /** Wall time of `npm run build` (validation and build side by side). */
  total_s: number;
  /** The largest peak of any one process of the build. */
  peak_rss_mb: number;
  /** The largest sum of all the build's processes at one moment (proportional set sizes, sampled every 100 ms). */
  peak_tree_rss_mb: number;
  compare_html_gzip_kb: number;
  agreement_html_gzip_kb: number;
  pages: number;
  /** The heaviest pages (HTML, and the feed and sitemap), gzip, heaviest first. */
  heaviest_pages: { path: string; gzip_kb: number }[];
  /** The heaviest data download (JSON, CSV), which is fetched on request, never with a page. */
  heaviest_download: { path: string; gzip_kb: number };
  /** Pages over the budget of 150 KB gzip. */
  pages_over_budget: number;
};

/** No built page may weigh more than this, gzip, whatever the size of the corpus (issue 19). */
const PAGE_BUDGET_KB = 150;

/** How often the benchmark adds up the memory of the build's processes. */
const SAMPLE_MS = 100;

/**
 * Runs a command and returns its wall time, the highest peak RSS of any one process it starts, and the highest sum of
 * all of them at one moment. Each Node process reports its own maxRSS when it exits (NODE_OPTIONS reaches the
 * validator and `astro build` that `npm run build` starts); the sum (of proportional set
 * sizes, src/lib/bench/process-tree.ts) is sampled every 100 ms, as it is what a machine must have room for when they
 * run side by side.
 */
async function timed(args: string[], env: NodeJS.ProcessEnv): Promise<{ seconds: number; peakMb: number; treePeakMb: number }> {
  // Single quotes: NODE_OPTIONS reads double quotes as its own.
  const reportPeak = "--import=data:text/javascript,process.on('exit',()=>process.stderr.write('\\nMAXRSS='+process.resourceUsage().maxRSS+'\\n'))";
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    env: { ...env, NODE_OPTIONS: [env.NODE_OPTIONS, reportPeak].filter(Boolean).join(' ') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (text: string) => (output += text));
  child.stderr.setEncoding('utf8').on('data', (text: string) => (output += text));
  let treePeak = 0;
  const sampler = setInterval(() => (treePeak = Math.max(treePeak, treeMemoryBytes(child.pid!))), SAMPLE_MS);
  const status = await new Promise<number | null>((done) => child.on('close', done));
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  if (status !== 0) throw new Error(`${args.join(' ')} failed:\n${output}`);
  const peaks = [...output.matchAll(/MAXRSS=(\d+)/g)].map((match) => Number(match[1]));
  return { seconds, peakMb: Math.max(0, ...peaks) / 1024, treePeakMb: treePeak / 2 ** 20 };
}

const gzipKb = (file: string) => Math.round((gzipSync(readFileSync(file)).length / 1024) * 10) / 10;
const countPages = (dir: string): number => {
  const listing = spawnSync('find', [dir, '-name', '*.html'], { encoding: 'utf8' });
  return listing.stdout.split('\n').filter(Boolean).length;
};

/**
 * The heaviest files of the built site by gzip size: pages (HTML, and the XML of the feed and sitemap) and data
 * downloads apart. A file's gzip is never much above its raw size, so only the largest raw files need compressing.
 */
function heaviest(dir: string) {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return { path: path.slice(dir.length), bytes: statSync(path).size, full: path };
    });
  const weigh = (list: typeof files) => {
    const candidates = list.sort((a, b) => b.bytes - a.bytes).filter((file, index) => index < 40 || file.bytes > PAGE_BUDGET_KB * 1024);
    return candidates.map((file) => ({ path: file.path, gzip_kb: gzipKb(file.full) })).sort((a, b) => b.gzip_kb - a.gzip_kb);
  };
  const pages = weigh(files.filter((file) => /\.(html|xml)$/.test(file.path)));
  const downloads = weigh(files.filter((file) => /^\/data\/.*\.(json|csv)$/.test(file.path)));
  return { pages, download: downloads[0] ?? { path: '-', gzip_kb: 0 } };
}

const results: Figures[] = [];
for (const size of sizes) {
  const work = mkdtempSync(join(tmpdir(), `bench-build-${size}-`));
  const contentDir = values.content ?? join(work, 'content');
  const outDir = join(work, 'dist');
  if (!values.content) {
    for (const [path, text] of syntheticContent(size)) {
      mkdirSync(dirname(join(contentDir, path)), { recursive: true });
      writeFileSync(join(contentDir, path), text);
    }
  }
  // A local address: the benchmark's site is never published (src/lib/site-address.ts accepts loopback previews).
  const env = { ...process.env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1', OUT_DIR: outDir, SITE_URL: process.env.SITE_URL ?? 'http://127.0.0.1:4321/' };
  // What `npm run build` runs: the validator and `astro build` side by side (src/cli/build.ts), timed as one.
  const build = await timed(['src/cli/build.ts', '--outDir', outDir, '--silent'], env);
  const firstAgreement = [...syntheticContent(1).keys()].find((path) => path.startsWith('agreements/'))!.slice('agreements/'.length, -3);
  const figures: Figures = {
    agreements: size,
    total_s: Math.round(build.seconds * 10) / 10,
    peak_rss_mb: Math.round(build.peakMb),
    peak_tree_rss_mb: Math.round(build.treePeakMb),
    compare_html_gzip_kb: gzipKb(join(outDir, 'compare/index.html')),
    agreement_html_gzip_kb: statSync(join(outDir, 'agreements', firstAgreement, 'index.html')) && gzipKb(join(outDir, 'agreements', firstAgreement, 'index.html')),
    pages: countPages(outDir),
    heaviest_pages: [],
    heaviest_download: { path: '-', gzip_kb: 0 },
    pages_over_budget: 0,
  };
  const weights = heaviest(outDir);
  figures.heaviest_pages = weights.pages.slice(0, 5);
  figures.heaviest_download = weights.download;
  figures.pages_over_budget = weights.pages.filter((page) => page.gzip_kb > PAGE_BUDGET_KB).length;
  results.push(figures);
  console.log(
    `${size} agreements: npm run build ${figures.total_s}s (validation and data files beside the build), ` +
      `peak RSS ${figures.peak_rss_mb} MB (largest process), ${figures.peak_tree_rss_mb} MB (all processes at once), ` +
      `${figures.pages} pages, /compare/ ${figures.compare_html_gzip_kb} KB gzip, an agreement page ${figures.agreement_html_gzip_kb} KB gzip`,
  );
  console.log(
    `  heaviest pages (gzip): ${figures.heaviest_pages.map((page) => `${page.path} ${page.gzip_kb} KB`).join(', ')}; ` +
      `${figures.pages_over_budget} over ${PAGE_BUDGET_KB} KB; heaviest download ${figures.heaviest_download.path} ${figures.heaviest_download.gzip_kb} KB`,
  );
  if (!values.keep) rmSync(work, { recursive: true, force: true });
}
if (results.length >= 2) {
  const [small, large] = [results[0], results.at(-1)!];
  console.log(`growth: ${large.agreements / small.agreements}× agreements took ${Math.round((large.total_s / small.total_s) * 10) / 10}× the time`);
}
console.log(JSON.stringify({ results }));
