/**
 * The sizes the /data/ page gives its downloads, read from the files the build wrote rather than worked out a second
 * time: rendering every download again only to measure it cost the 10,000-agreement build seconds and its memory peak.
 * The page marks each size with a placeholder; `astro:build:done` (src/integrations/download-sizes.ts) fills it in.
 */

/** The attribute that marks a size to fill in; its value is the file's path from the site root, e.g. `/data/agreements.csv`. */
export const DOWNLOAD_SIZE_ATTRIBUTE = 'data-download-size';

/** What a placeholder shows where no build has measured the file (`astro dev`). */
export const UNMEASURED_SIZE = 'measured when built';

/** Kilobytes as the page writes them; a no-break space keeps number and unit together in a narrow column. */
export function formatFileSize(bytes: number): string {
  return `${Math.max(1, Math.round(bytes / 1024))}\u00a0kB`;
}

// Only the page's own markup: a span whose one attribute is the marker with a plain path, and no markup inside.
const PLACEHOLDER = new RegExp(`<span ${DOWNLOAD_SIZE_ATTRIBUTE}="(/[A-Za-z0-9._/-]+)">[^<]*</span>`, 'g');

/**
 * Fills every size placeholder of a page with the size of the file it names. `sizeOf` answers in bytes, or undefined
 * when the file does not exist; those paths are returned, so the build can refuse to publish a size it could not measure.
 */
export function fillDownloadSizes(html: string, sizeOf: (path: string) => number | undefined): { html: string; filled: string[]; missing: string[] } {
  const filled: string[] = [];
  const missing: string[] = [];
  const out = html.replace(PLACEHOLDER, (placeholder, path: string) => {
    const bytes = sizeOf(path);
    if (bytes === undefined) {
      missing.push(path);
      return placeholder;
    }
    filled.push(path);
    return `<span ${DOWNLOAD_SIZE_ATTRIBUTE}="${path}">${formatFileSize(bytes)}</span>`;
  });
  return { html: out, filled, missing };
}
