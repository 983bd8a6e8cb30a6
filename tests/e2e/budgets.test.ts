/**
 * Page-weight budgets over the built site, gzip sizes: what a reader on a slow connection downloads. Scripts are
 * followed through their static imports; the search code through the loader's dynamic import, as a first query
 * would load it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builtDocuments, builtSearch } from './built-search.ts';
import { DIST } from './site.ts';

const KB = 1024;
const gzip = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const html = (path: string) => read(`${path.replace(/^\//, '')}index.html`);

const IMPORT = /(?:import|from)\s*\(?\s*["'`]\.\/([^"'`]+\.js)["'`]/g;
const staticImports = (code: string) => [...code.matchAll(/(?:import|from)\s*["'`]\.\/([^"'`]+\.js)["'`]/g)].map((match) => match[1]);
const allImports = (code: string) => [...code.matchAll(IMPORT)].map((match) => match[1]);

/** A script file and everything it imports (statically, or also dynamically), each once. */
function scriptClosure(entry: string, follow: (code: string) => string[]): Map<string, string> {
  const seen = new Map<string, string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    const code = read(`_astro/${file}`);
    seen.set(file, code);
    for (const next of follow(code)) visit(next);
  };
  visit(entry);
  return seen;
}

/** Gzip bytes of the JavaScript a page runs on load: inline scripts, external modules and their static imports. */
function scriptsOnLoad(page: string): { bytes: number; files: string[] } {
  const inline = [...page.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
  const external = [...page.matchAll(/<script[^>]*\ssrc="\/_astro\/([^"]+)"/g)].map((match) => match[1]);
  const files = new Map<string, string>();
  for (const entry of external) for (const [file, code] of scriptClosure(entry, staticImports)) files.set(file, code);
  return { bytes: [...inline, ...files.values()].reduce((sum, code) => sum + gzip(code), 0), files: [...files.keys()] };
}

const contentPages = ['agreements', 'cases', 'terms', 'countries'].flatMap((folder) =>
  readdirSync(join(DIST, folder), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `/${folder}/${entry.name}/`),
);

describe('budgets (gzip)', () => {
  it('keeps every content page’s HTML at or under 30 KB', () => {
    expect(contentPages.length).toBeGreaterThan(20);
    const over = contentPages.map((path) => [path, gzip(html(path))] as const).filter(([, bytes]) => bytes > 30 * KB);
    expect(over).toEqual([]);
  });

  it('keeps all CSS at or under 20 KB', () => {
    const files = readdirSync(join(DIST, '_astro')).filter((file) => file.endsWith('.css'));
    const inlineStyles = new Set(
      readdirSync(DIST, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
        .flatMap((entry) => [...readFileSync(join(entry.parentPath, entry.name), 'utf8').matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1])),
    );
    const total = files.reduce((sum, file) => sum + gzip(read(`_astro/${file}`)), 0) + [...inlineStyles].reduce((sum, css) => sum + gzip(css), 0);
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(20 * KB);
  });

  it('runs no more than a 2 KB loader on a content page until search is opened', () => {
    for (const path of contentPages) {
      const { bytes, files } = scriptsOnLoad(html(path));
      expect(files.length, path).toBeLessThanOrEqual(1);
      expect(bytes, path).toBeLessThanOrEqual(2 * KB);
    }
  });

  it('keeps the compare page’s JavaScript at or under 12 KB', () => {
    const { bytes, files } = scriptsOnLoad(html('/compare/'));
    expect(files.length).toBeGreaterThan(1);
    expect(bytes).toBeLessThanOrEqual(12 * KB);
  });

  it('keeps search code and the index pieces of a first query at or under 100 KB', async () => {
    const loader = scriptsOnLoad(html('/agreements/')).files[0];
    const code = scriptClosure(loader, allImports);
    expect(code.size).toBeGreaterThan(1);
    // A first query for the longest country name: a word of many letters reaches the most typo candidates.
    const country = builtDocuments(DIST)
      .filter((doc) => doc.k === 'country')
      .sort((a, b) => b.t.length - a.t.length)[0];
    const search = builtSearch(DIST);
    expect((await search.search(country.t, { limit: 8 })).hits.length).toBeGreaterThan(0);
    const total = [...code.values()].reduce((sum, text) => sum + gzip(text), 0) + search.bytes();
    expect(total).toBeLessThanOrEqual(100 * KB);
  });
});
