/** The search index as a build wrote it: its manifest, every document (from the fragments) and a search over its pieces. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { IndexedDocument } from '../../src/lib/search/index-build.ts';
import { createShardedSearch, fragmentFile, type ShardedSearch, type ShardManifest } from '../../src/lib/search/shards.ts';

export function builtManifest(dist: string): ShardManifest {
  return JSON.parse(readFileSync(join(dist, 'search-index/manifest.json'), 'utf8')) as ShardManifest;
}

/** Every document of the built index, in index order. */
export function builtDocuments(dist: string): IndexedDocument[] {
  const manifest = builtManifest(dist);
  const count = Math.ceil(manifest.documentCount / manifest.fragmentSize);
  return Array.from({ length: count }, (_, fragment) =>
    JSON.parse(readFileSync(join(dist, 'search-index', manifest.base, fragmentFile(fragment)), 'utf8')) as IndexedDocument[],
  ).flat();
}

/** A search over the built pieces, counting the gzip bytes it reads (the manifest included) as a browser would fetch them. */
export function builtSearch(dist: string): ShardedSearch & { bytes: () => number } {
  const manifest = builtManifest(dist);
  const folder = join(dist, 'search-index', manifest.base);
  let bytes = gzipSync(readFileSync(join(dist, 'search-index/manifest.json')), { level: 9 }).length;
  const search = createShardedSearch(manifest, async (file) => {
    const text = readFileSync(join(folder, file));
    bytes += gzipSync(text, { level: 9 }).length;
    return JSON.parse(text.toString('utf8')) as unknown;
  });
  return { ...search, bytes: () => bytes };
}

/** Names of the built pieces. */
export const builtPieces = (dist: string): string[] => readdirSync(join(dist, 'search-index', builtManifest(dist).base));
