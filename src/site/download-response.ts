/**
 * Downloads as streamed responses, produced one at a time. Astro reads each response into memory before writing its
 * file, and builds several pages at once (`build.concurrency`): at 10,000 agreements four of the large downloads
 * (agreements.json alone is ~90 MB) in memory together made the build's peak. Here a download's text is produced only
 * when its turn comes and the previous download has been read to the end, piece by piece (src/lib/json-pieces.ts),
 * so at most one is being made at any time. `astro dev` serves each as it is asked for.
 */
import { prettyJsonPieces, type JsonListFile } from '../lib/json-pieces.ts';

/** Pieces are gathered into chunks of about this many characters: fewer, larger chunks cost less to read back. */
const CHUNK_CHARACTERS = 1 << 16;

export const CONTENT_TYPES = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
} as const;

let lastTurn: Promise<void> = Promise.resolve();

/** Waits for every earlier download to finish; resolves with the function that ends this one's turn. */
function nextTurn(): Promise<() => void> {
  let end!: () => void;
  const ended = new Promise<void>((resolve) => (end = resolve));
  const ready = lastTurn.then(() => end);
  lastTurn = lastTurn.then(() => ended);
  return ready;
}

/**
 * A download whose text `produce` makes, in pieces or as one string, when its turn comes. The turn ends when the body
 * has been read to the end, cancelled, or failed, so one broken download never holds up the rest.
 */
export function downloadResponse(contentType: string, produce: () => Iterable<string> | string): Response {
  const encoder = new TextEncoder();
  let pieces: Iterator<string> | undefined;
  let endTurn: (() => void) | undefined;
  const finish = () => {
    endTurn?.();
    endTurn = undefined;
  };
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        if (!pieces) {
          // Only a build takes turns: `astro dev` answers one request at a time as the reader asks.
          if (import.meta.env.PROD) endTurn = await nextTurn();
          const made = produce();
          pieces = (typeof made === 'string' ? [made] : made)[Symbol.iterator]();
        }
        let chunk = '';
        for (let next = pieces.next(); !next.done; next = pieces.next()) {
          chunk += next.value;
          if (chunk.length >= CHUNK_CHARACTERS) {
            controller.enqueue(encoder.encode(chunk));
            return;
          }
        }
        if (chunk) controller.enqueue(encoder.encode(chunk));
        controller.close();
        finish();
      } catch (error) {
        finish();
        throw error;
      }
    },
    cancel: finish,
  });
  return new Response(body, { headers: { 'content-type': contentType } });
}

/** A JSON file with one long list, written a record at a time (src/lib/json-pieces.ts). */
export const jsonListResponse = (file: () => JsonListFile): Response => downloadResponse(CONTENT_TYPES.json, () => prettyJsonPieces(file()));

/** Any other JSON download, pretty-printed as the data files are, ending with a line break. */
export const jsonResponse = (value: () => unknown): Response => downloadResponse(CONTENT_TYPES.json, () => `${JSON.stringify(value(), null, 2)}\n`);

/** A CSV download (src/lib/csv.ts makes the text, byte-order mark included). */
export const csvResponse = (text: () => string): Response => downloadResponse(CONTENT_TYPES.csv, text);
