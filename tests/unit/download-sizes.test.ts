import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DOWNLOAD_SIZE_ATTRIBUTE, fillDownloadSizes, formatFileSize, UNMEASURED_SIZE } from '../../src/lib/download-sizes.ts';
import { DATA_PAGE_FILE, writeDownloadSizes } from '../../src/integrations/download-sizes.ts';

const placeholder = (path: string) => `<span ${DOWNLOAD_SIZE_ATTRIBUTE}="${path}">${UNMEASURED_SIZE}</span>`;
const work = mkdtempSync(join(tmpdir(), 'sizes-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('download sizes', () => {
  it('writes kilobytes, never zero, number and unit on one line', () => {
    expect(formatFileSize(0)).toBe('1\u00a0kB');
    expect(formatFileSize(1536)).toBe('2\u00a0kB');
    expect(formatFileSize(92_235_938)).toBe('90074\u00a0kB');
  });

  it('fills each placeholder with the size of the file it names and reports the files it could not measure', () => {
    const html = `<td>${placeholder('/data/a.csv')}</td><td>${placeholder('/data/b.json')}</td><td>${placeholder('/data/gone.csv')}</td>`;
    const sizes: Record<string, number> = { '/data/a.csv': 2048, '/data/b.json': 10 * 1024 * 1024 };
    const result = fillDownloadSizes(html, (path) => sizes[path]);
    expect(result.html).toContain(`="/data/a.csv">2\u00a0kB</span>`);
    expect(result.html).toContain(`="/data/b.json">10240\u00a0kB</span>`);
    expect(result.html).toContain(placeholder('/data/gone.csv'));
    expect(result.filled).toEqual(['/data/a.csv', '/data/b.json']);
    expect(result.missing).toEqual(['/data/gone.csv']);
  });

  it('leaves alone markup that only resembles a placeholder', () => {
    const html = `<span ${DOWNLOAD_SIZE_ATTRIBUTE}="/data/a.csv" class="x">?</span><span ${DOWNLOAD_SIZE_ATTRIBUTE}="javascript:x">?</span>`;
    expect(fillDownloadSizes(html, () => 1).html).toBe(html);
  });

  it('rewrites the built /data/ page from the written files, and refuses a page that names a file the build did not write', () => {
    const dist = join(work, 'dist');
    mkdirSync(join(dist, 'data'), { recursive: true });
    writeFileSync(join(dist, 'data', 'a.csv'), 'x'.repeat(5000));
    writeFileSync(join(dist, DATA_PAGE_FILE), `<table><td>${placeholder('/data/a.csv')}</td></table>`);
    expect(writeDownloadSizes(dist)).toEqual(['/data/a.csv']);
    expect(readFileSync(join(dist, DATA_PAGE_FILE), 'utf8')).toBe(`<table><td><span ${DOWNLOAD_SIZE_ATTRIBUTE}="/data/a.csv">5\u00a0kB</span></td></table>`);
    writeFileSync(join(dist, DATA_PAGE_FILE), placeholder('/data/missing.json'));
    expect(() => writeDownloadSizes(dist)).toThrow(/missing\.json/);
  });
});
