/**
 * Downloads Astro itself serves, as streamed responses produced one at a time: in `astro dev`, every data file; in a
 * build, the few it still makes (a tagged release's files, the lifespan CSV), since the latest data files and the
 * search index are written straight to disk by the build (src/integrations/published-files.ts). Astro reads each
 * response into memory before writing its file and builds several pages at once (`build.concurrency`), so a
 * download's text is produced only when its turn comes and the previous download has been read to the end, in
 * chunks (src/lib/published/write.ts), so at most one is being made at any time.
 */
import type { PublishedFormat } from '../lib/published/files.ts';
import { chunked } from '../lib/published/write.ts';

export const CONTENT_TYPES: Record<PublishedFormat, string> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
};

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
  let chunks: Iterator<string> | undefined;
  let endTurn: (() => void) | undefined;
  const finish = () => {
    endTurn?.();
    endTurn = undefined;
  };
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        if (!chunks) {
          // Only a build takes turns: `astro dev` answers one request at a time as the reader asks.
          if (import.meta.env.PROD) endTurn = await nextTurn();
          chunks = chunked(produce())[Symbol.iterator]();
        }
        const next = chunks.next();
        if (next.done) {
          controller.close();
          finish();
        } else controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        finish();
        throw error;
      }
    },
    cancel: finish,
  });
  return new Response(body, { headers: { 'content-type': contentType } });
}

/** A CSV download (src/lib/csv.ts makes the text, byte-order mark included). */
export const csvResponse = (text: () => string): Response => downloadResponse(CONTENT_TYPES.csv, text);
