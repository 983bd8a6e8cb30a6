/**
 * A JSON download as a streamed response: Astro reads the stream into the file it writes, so the file's text is
 * produced piece by piece (src/lib/json-pieces.ts) instead of as one string.
 */
import { prettyJsonPieces, type JsonListFile } from '../lib/json-pieces.ts';

/** Pieces are gathered into chunks of about this many characters: fewer, larger chunks cost less to read back. */
const CHUNK_CHARACTERS = 1 << 16;

export function downloadResponse(file: JsonListFile): Response {
  const pieces = prettyJsonPieces(file);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      let chunk = '';
      for (let next = pieces.next(); ; next = pieces.next()) {
        if (next.done) {
          if (chunk) controller.enqueue(encoder.encode(chunk));
          controller.close();
          return;
        }
        chunk += next.value;
        if (chunk.length >= CHUNK_CHARACTERS) break;
      }
      controller.enqueue(encoder.encode(chunk));
    },
  });
  return new Response(body, { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
