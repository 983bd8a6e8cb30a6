/**
 * Checks over every page of the built site, read as files: a Content-Security-Policy on every page that covers every
 * inline script and style, safe external links, and internal links and #anchors that resolve.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { DOWNLOAD_SIZE_ATTRIBUTE, formatFileSize } from '../../src/lib/download-sizes.ts';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from './site.ts';
import { COMPARE_DATA_PATH, SEARCH_MANIFEST_PATH } from '../../src/lib/published/files.ts';
import { VERSIONED_FILES } from '../../src/lib/releases/versioned-files.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? htmlFiles(join(dir, entry.name)) : entry.name.endsWith('.html') ? [join(dir, entry.name)] : [],
  );
}

const pages = htmlFiles(DIST).map((file) => ({ file, path: `/${relative(DIST, file).replace(/index\.html$/, '')}`, html: readFileSync(file, 'utf8') }));
const decode = (value: string) => value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
const idsOf = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => decode(match[1])));
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('built site', () => {
  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  it('gives each download on /data/ the size of the file the build wrote', () => {
    const html = pages.find((page) => page.path === '/data/')!.html;
    const sizes = [...html.matchAll(new RegExp(`<span ${DOWNLOAD_SIZE_ATTRIBUTE}="([^"]+)">([^<]*)</span>`, 'g'))];
    expect(sizes.length).toBeGreaterThanOrEqual(11);
    for (const [, path, shown] of sizes) expect(shown, path).toBe(formatFileSize(statSync(join(DIST, path)).size));
  });

  it('has every data file and search piece the content publishes, and nothing from the route that wrote them', () => {
    for (const file of VERSIONED_FILES) expect(existsSync(join(DIST, 'data', file)), file).toBe(true);
    expect(JSON.parse(readFileSync(join(DIST, COMPARE_DATA_PATH), 'utf8')).records.length).toBeGreaterThan(0);
    const manifest = JSON.parse(readFileSync(join(DIST, SEARCH_MANIFEST_PATH), 'utf8')) as { base: string };
    expect(readdirSync(join(DIST, 'search-index', manifest.base)).length).toBeGreaterThan(1);
    expect(existsSync(join(DIST, 'published-files'))).toBe(false);
    expect(readdirSync(join(DIST, '..')).filter((name) => name.endsWith('-published'))).toEqual([]);
  });

  it('repeats no heading on an agreement or case page, and links "Cite this page" from its top', () => {
    const entryPages = pages.filter(({ path }) => /^\/(agreements|cases)\/[^/]+\/$/.test(path));
    expect(entryPages.length).toBeGreaterThan(40);
    for (const { path, html } of entryPages) {
      const headings = [...html.matchAll(/<h2[^>]*>([\s\S]*?)<\/h2>/g)].map((match) => match[1].replace(/<[^>]+>/g, '').trim());
      expect(headings.filter((heading, index) => headings.indexOf(heading) !== index), path).toEqual([]);
      const citeLink = html.indexOf('>Cite this page</a>');
      expect(citeLink, path).toBeGreaterThan(0);
      // Before the second section heading: at the top, in the "On this page" list or just under the title.
      const sectionStarts = [...html.matchAll(/<h2/g)].map((match) => match.index);
      expect(citeLink, path).toBeLessThan(sectionStarts[1]);
    }
  });

  it('sends a strict CSP on every page, covering every inline script and style', () => {
    for (const { path, html } of pages) {
      const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
      expect(csp, path).toBeDefined();
      const directives = new Map(csp!.split(';').map((part) => part.trim()).filter(Boolean).map((part) => [part.split(/\s+/)[0], part]));
      expect(directives.get('default-src'), path).toBe("default-src 'self'");
      expect(directives.get('object-src'), path).toBe("object-src 'none'");
      for (const directive of ['script-src', 'style-src']) {
        expect(directives.get(directive), `${path} ${directive}`).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
      }
      for (const match of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
        if (/type="application\/(ld\+)?json"/.test(match[0])) continue;
        expect(directives.get('script-src'), `${path}: inline script not hashed`).toContain(sha256(match[1]));
      }
      for (const match of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) {
        expect(directives.get('style-src'), `${path}: inline style not hashed`).toContain(sha256(match[1]));
      }
      expect(html, `${path}: inline event handler`).not.toMatch(/<[a-z][^>]*\son[a-z]+=/i);
    }
  });

  it('marks every external link noopener noreferrer and uses only https for sources', () => {
    for (const { path, html } of pages) {
      for (const match of html.matchAll(/<a\s[^>]*href="((?:https?:)?\/\/[^"]+)"[^>]*>/g)) {
        const rel = /\srel="([^"]+)"/.exec(match[0])?.[1]?.split(/\s+/) ?? [];
        expect(rel, `${path}: ${match[1]}`).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
      }
      for (const match of html.matchAll(/<li id="(?:cmp-)?source-\d+"[^>]*>\s*<a href="([^"]+)"/g)) {
        expect(() => new URL(decode(match[1])), `${path}: ${match[1]}`).not.toThrow();
        expect(decode(match[1]).startsWith('https://'), `${path}: ${match[1]}`).toBe(true);
      }
    }
  });

  it('offers "Edit this page" (to the file) and "Report a correction" on every content page', () => {
    const contentPages = pages.filter((page) => /^\/(agreements|cases|terms|countries)\/[^/]+\/$/.test(page.path));
    expect(contentPages.length).toBeGreaterThan(0);
    for (const { path, html } of contentPages) {
      const [, folder, id] = /^\/([^/]+)\/([^/]+)\/$/.exec(path)!;
      expect(html, path).toMatch(new RegExp(`<a href="[^"]+/edit/[^"]+/${folder}/${id}\\.md"[^>]*>Edit this page</a>`));
      const report = /<a href="([^"]+)"[^>]*>Report a correction<\/a>/.exec(html)?.[1];
      expect(report, path).toBeDefined();
      expect(new URL(decode(report!)).searchParams.get('page'), path).toMatch(new RegExp(`${path}$`));
    }
  });

  it('gives every page a title, description, canonical URL and Open Graph tags, and typed structured data where it fits', () => {
    for (const { path, html } of pages.filter((page) => page.path !== '/404.html')) {
      expect(html, path).toMatch(/<title>[^<]{3,}<\/title>/);
      expect(html, path).toMatch(/<meta name="description" content="[^"]{20,}"/);
      expect(html, path).toMatch(new RegExp(`<link rel="canonical" href="https?://[^"]+${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`));
      expect(html, path).toMatch(/<meta property="og:title" content="[^"]+"/);
    }
    const jsonLd = (html: string) => [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map((match) => JSON.parse(match[1]) as { '@type': string });
    const typeOn = (prefix: string) => pages.filter((page) => new RegExp(`^${prefix}[^/]+/$`).test(page.path)).map((page) => jsonLd(page.html).map((data) => data['@type']));
    expect(typeOn('/agreements/').every((types) => types.includes('Legislation'))).toBe(true);
    expect(typeOn('/terms/').every((types) => types.includes('DefinedTerm'))).toBe(true);
    expect(jsonLd(pages.find((page) => page.path === '/data/')!.html).map((data) => data['@type'])).toEqual(['Dataset']);
  });

  it('resolves every internal link and #anchor', () => {
    const byPath = new Map(pages.map((page) => [page.path, page]));
    const broken: string[] = [];
    for (const { path, html } of pages) {
      for (const match of html.matchAll(/\shref="([^"]+)"/g)) {
        const href = decode(match[1]);
        if (/^(?:[a-z]+:)?\/\//i.test(href) || /^(mailto|data|blob):/.test(href)) continue;
        const url = new URL(href, `http://site${path}`);
        if (url.pathname === path || url.pathname === '/' + path.replace(/^\//, '')) {
          if (url.hash && !idsOf(html).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${path} → ${href}`);
          continue;
        }
        const target = byPath.get(url.pathname);
        if (!target) {
          if (!existsSync(join(DIST, decodeURIComponent(url.pathname)))) broken.push(`${path} → ${href}`);
          continue;
        }
        if (url.hash && !idsOf(target.html).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${path} → ${href}`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('agreement pages read in order', () => {
  it('put the account before the timeline, and link every part from "On this page"', () => {
    const html = readFileSync(`${DIST}/agreements/uk-rwanda-2022/index.html`, 'utf8');
    const at = (needle: string) => html.indexOf(needle);
    expect(at('id="background"')).toBeGreaterThan(0);
    expect(at('id="background"')).toBeLessThan(at('id="timeline-heading"'));
    const nav = /<nav class="on-this-page[^"]*" aria-label="On this page">([\s\S]*?)<\/nav>/.exec(html)![1];
    const targets = [...nav.matchAll(/href="#([^"]+)"/g)].map((match) => match[1]);
    expect(targets).toEqual(expect.arrayContaining(['facts-heading', 'background', 'where-it-stands', 'timeline', 'source-list-heading', 'cite-uk-rwanda-2022-heading']));
    for (const target of targets) expect(html, target).toContain(`id="${target}"`);
  });
});
