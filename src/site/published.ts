/**
 * The files the content publishes without a page (src/lib/published/files.ts), fed the site's content: a build writes
 * them straight to disk (src/integrations/published-files.ts); `astro dev` serves each one as it is asked for.
 */
import { publishedFiles, publishedRouteParams, type PublishedFile } from '../lib/published/files.ts';
import { PUBLISH_FOLDER_VARIABLE, writePublishedFile } from '../lib/published/write.ts';
import { buildFacts, siteContentSet } from './build.ts';
import { comparableRecords } from './comparison.ts';
import { CONTENT_TYPES, downloadResponse } from './download-response.ts';

let byPath: Promise<Map<string, PublishedFile>> | undefined;

/** Every published file by its path under the site root (`data/agreements.json`). */
export function sitePublishedFiles(): Promise<Map<string, PublishedFile>> {
  byPath ??= siteContentSet().then((content) => new Map([...publishedFiles(content, buildFacts(new URL(import.meta.env.SITE)))].map((file) => [file.path, file])));
  return byPath;
}

/**
 * Where a build writes the published files (set by src/integrations/published-files.ts when the build starts);
 * undefined in `astro dev`. Not `import.meta.env.PROD`: that follows NODE_ENV, which test runners set to `test`.
 */
export const buildPublishFolder = (): string | undefined => process.env[PUBLISH_FOLDER_VARIABLE];

/** The params of the published files under `folder/` with `extension` that `astro dev` answers; none in a build. */
export async function devPublishedParams(folder: string, extension: string): Promise<string[]> {
  if (buildPublishFolder()) return [];
  return publishedRouteParams((await sitePublishedFiles()).keys(), folder, extension);
}

/** The response for one published file, or 404. */
export async function publishedResponse(path: string): Promise<Response> {
  const file = (await sitePublishedFiles()).get(path);
  if (!file) return new Response('Not found', { status: 404 });
  return downloadResponse(CONTENT_TYPES[file.format], file.text);
}

/**
 * Writes every published file under `folder`, each as it is made (the search index first, then one download at a
 * time), so none is held whole in memory; returns how many files and bytes.
 */
export async function writeSitePublishedFiles(folder: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  // /compare/ makes the same records; they are made once per build.
  const compareRecords = await comparableRecords();
  for (const file of publishedFiles(await siteContentSet(), buildFacts(new URL(import.meta.env.SITE)), { compareRecords })) {
    bytes += writePublishedFile(file, folder);
    files += 1;
  }
  return { files, bytes };
}
