/**
 * Fetches the search index piece by piece as queries need it (src/lib/search/shards.ts): the small manifest on first
 * use, then the dictionaries, postings and result fragments each query's words call for, each fetched once. Imported
 * only by the search box (after the reader reaches for it) and by the search page, so no other page downloads search
 * code or data up front.
 */
import { createShardedSearch, type ShardedSearch, type ShardManifest } from '../lib/search/shards.ts';

export const SEARCH_MANIFEST_URL = '/search-index/manifest.json';

let loading: Promise<ShardedSearch> | undefined;

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json() as Promise<T>;
}

export function loadSearch(): Promise<ShardedSearch> {
  loading ??= fetchJson<ShardManifest>(SEARCH_MANIFEST_URL).then((manifest) => {
    const folder = new URL(`${manifest.base}/`, new URL(SEARCH_MANIFEST_URL, window.location.href));
    return createShardedSearch(manifest, (file) => fetchJson(new URL(file, folder).href));
  });
  // A failed load (offline, say) is tried again on the next keystroke rather than remembered.
  loading.catch(() => (loading = undefined));
  return loading;
}
