/**
 * Footnote markers in the prose of agreements, cases and terms: `[^source-id]` after a sentence names the source in
 * content/sources/ that supports it. The page turns each marker into a numbered link to its source list
 * (`#source-N`), the validator rejects a marker that names no source, and search and feeds read the prose without
 * them. A marker is never a Markdown footnote definition: the source list is the only list of notes.
 */
/** `[^id]` where the id has the form of a source id; anything else in brackets is ordinary text. */
const MARKER = /\[\^([a-z0-9]+(?:-[a-z0-9]+)*)\]/g;

export type FootnoteMarker = {
  /** The source id the marker names. */
  id: string;
  /** 1-based line in the file, counting from `firstLine` for the body's first line. */
  line: number;
};

/** Every marker in a body, in reading order, with its line. Linear in the length of the body. */
export function footnoteMarkers(body: string, firstLine = 1): FootnoteMarker[] {
  const markers: FootnoteMarker[] = [];
  let line = firstLine;
  let counted = 0;
  for (const match of body.matchAll(MARKER)) {
    for (let i = counted; i < match.index; i++) if (body.charCodeAt(i) === 10) line++;
    counted = match.index;
    markers.push({ id: match[1], line });
  }
  return markers;
}

/** The source ids a body cites, each once, in the order first cited. */
export function footnoteSourceIds(body: string): string[] {
  return [...new Set(footnoteMarkers(body).map((marker) => marker.id))];
}

/**
 * The body with each marker replaced by a Markdown link to its numbered source, `[[3]](#source-3)`. A marker whose
 * id has no number (the validator reports it) is left as written, so the gap stays visible.
 */
export function linkFootnotes(body: string, numbers: ReadonlyMap<string, number>, notePrefix = 'source'): string {
  return body.replace(MARKER, (marker, id: string) => {
    const number = numbers.get(id);
    return number === undefined ? marker : `[\\[${number}\\]](#${notePrefix}-${number})`;
  });
}

/** The prose without its markers, for search, summaries and feeds. */
export function stripFootnotes(text: string): string {
  return text.replace(/ ?\[\^([a-z0-9]+(?:-[a-z0-9]+)*)\]/g, '');
}
