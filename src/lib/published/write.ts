/**
 * Writes published files to a folder as their pieces are made, so a 90 MB download is never one string or one buffer
 * in memory: pieces are gathered into chunks of about `CHUNK_CHARACTERS` and each chunk is written as it fills.
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { PublishedFile } from './files.ts';

/**
 * The environment variable that names the folder a build writes its published files into
 * (src/integrations/published-files.ts sets it; src/pages/published-files.ts writes there).
 */
export const PUBLISH_FOLDER_VARIABLE = 'KB_PUBLISH_FOLDER';

/** Fewer, larger writes cost less; 64 K characters keeps a chunk small beside the data it is made from. */
export const CHUNK_CHARACTERS = 1 << 16;

/** Gathers pieces into chunks of at least `size` characters (the last may be shorter); no piece is split. */
export function* chunked(pieces: Iterable<string> | string, size = CHUNK_CHARACTERS): Generator<string> {
  if (typeof pieces === 'string') {
    if (pieces) yield pieces;
    return;
  }
  let chunk = '';
  for (const piece of pieces) {
    chunk += piece;
    if (chunk.length >= size) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

/** Writes one file under `root`; returns its size in bytes. */
export function writePublishedFile(file: PublishedFile, root: string): number {
  const target = join(root, file.path);
  mkdirSync(dirname(target), { recursive: true });
  const descriptor = openSync(target, 'w');
  let bytes = 0;
  try {
    for (const chunk of chunked(file.text())) bytes += writeSync(descriptor, chunk);
  } finally {
    closeSync(descriptor);
  }
  return bytes;
}
