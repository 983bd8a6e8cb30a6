import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readContentSet } from '../../../src/lib/content-set.ts';
import { agreementsFile, type BuildFacts } from '../../../src/lib/exports.ts';
import { COMPARE_DATA_PATH, publishedFiles, publishedRouteParams, SEARCH_MANIFEST_PATH, searchPiecePath, versionedFile } from '../../../src/lib/published/files.ts';
import { chunked, writePublishedFile } from '../../../src/lib/published/write.ts';
import { VERSIONED_FILES } from '../../../src/lib/releases/versioned-files.ts';
import { fragmentFile, type ShardManifest } from '../../../src/lib/search/shards.ts';

const build: BuildFacts = { siteUrl: 'https://example.org/', publisher: 'Test', release: '1.0.0', version: 'abc', built: '2026-01-01T00:00:00.000Z' };
const real = readContentSet('content');
const textOf = (text: Iterable<string> | string) => (typeof text === 'string' ? text : [...text].join(''));
const work = mkdtempSync(join(tmpdir(), 'published-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the published files of the real content', () => {
  const files = [...publishedFiles(real, build)];
  const byPath = new Map(files.map((file) => [file.path, file]));

  it('are every versioned download under data/, the comparison data and the whole search index, each once', () => {
    expect(new Set(files.map((file) => file.path)).size).toBe(files.length);
    // Each is served with the content type of its format.
    for (const file of files) expect(file.path.endsWith(`.${file.format}`), file.path).toBe(true);
    for (const name of VERSIONED_FILES) expect(byPath.has(`data/${name}`), name).toBe(true);
    expect(byPath.has(COMPARE_DATA_PATH)).toBe(true);
    const manifest = JSON.parse(textOf(byPath.get(SEARCH_MANIFEST_PATH)!.text())) as ShardManifest;
    // Every fragment of results the manifest counts on, beside the dictionaries and postings.
    const fragments = Math.ceil(manifest.documentCount / manifest.fragmentSize);
    for (let fragment = 0; fragment < fragments; fragment++) expect(byPath.has(searchPiecePath(manifest, fragmentFile(fragment))), `fragment ${fragment}`).toBe(true);
    expect(files.filter((file) => file.path.startsWith(`search-index/${manifest.base}/`)).length).toBeGreaterThan(fragments);
  });

  it('make the downloads the exports describe (agreements.json equals the assembled file)', () => {
    expect(JSON.parse(textOf(byPath.get('data/agreements.json')!.text()))).toEqual(agreementsFile(real, build));
  });

  it('are written to disk exactly as made', () => {
    for (const path of ['data/agreements.json', 'data/agreements.csv', COMPARE_DATA_PATH, SEARCH_MANIFEST_PATH]) {
      const file = byPath.get(path)!;
      const bytes = writePublishedFile(file, work);
      const written = readFileSync(join(work, path), 'utf8');
      expect(written).toBe(textOf(file.text()));
      expect(bytes).toBe(Buffer.byteLength(written));
    }
  });
});

describe('versioned files', () => {
  it('go to the folder of their version', () => {
    const file = versionedFile('terms.json', real, { ...build, release: '0.9.0' }, 'data/v0.9.0');
    expect(file.path).toBe('data/v0.9.0/terms.json');
    expect(JSON.parse(textOf(file.text())).dataset.release).toBe('0.9.0');
  });
});

describe('the routes astro dev serves them from', () => {
  const paths = [...publishedFiles(real, build)].map((file) => file.path);

  it('cover every file once, each route with its extension in its name', () => {
    const routes = [
      ['data', '.json', (param: string) => `data/${param}.json`],
      ['data', '.csv', (param: string) => `data/${param}.csv`],
      ['search-index', '.json', (param: string) => `search-index/${param}.json`],
    ] as const;
    const served = routes.flatMap(([folder, extension, pathOf]) =>
      publishedRouteParams(paths, folder, extension).map(pathOf),
    );
    expect(served.toSorted()).toEqual(paths.toSorted());
    // /data/[file] takes one path segment.
    for (const extension of ['.json', '.csv']) expect(publishedRouteParams(paths, 'data', extension).filter((param) => param.includes('/'))).toEqual([]);
    expect(publishedRouteParams(paths, 'data', '.json')).toContain('agreements');
    expect(publishedRouteParams(paths, 'search-index', '.json')).toContain('manifest');
  });
});

describe('chunked', () => {
  it('gathers pieces into chunks of at least the size, never splitting a piece, the last one shorter', () => {
    const pieces = ['ab', 'cde', 'f', 'ghij', 'k'];
    expect([...chunked(pieces, 4)]).toEqual(['abcde', 'fghij', 'k']);
    expect([...chunked('whole text', 4)]).toEqual(['whole text']);
    expect([...chunked([], 4)]).toEqual([]);
    expect([...chunked('', 4)]).toEqual([]);
  });
});
