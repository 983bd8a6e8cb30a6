/**
 * Footnote markers in prose (`[^source-id]`) name a file in content/sources/, so every cited sentence links to a
 * source a reader can open. (Markdown footnote definitions, which the site does not use, are reported by the
 * Markdown check, which finds them in the parsed tree.)
 */
import { footnoteMarkers } from '../../footnotes.ts';
import { didYouMean } from '../../suggest.ts';
import type { Check } from '../types.ts';

export const checkFootnotes: Check = ({ files, ids }) =>
  files.flatMap((file) => {
    if (file.collection === 'sources' || !file.body) return [];
    return footnoteMarkers(file.body, file.bodyLine)
      .filter((marker) => !ids.sources.has(marker.id))
      .map((marker) => ({
        file: file.path,
        field: '(body)',
        line: marker.line,
        message: `footnote [^${marker.id}] names no source: expected the id of a file in content/sources/.${didYouMean(marker.id, ids.sources)}`,
      }));
  });
