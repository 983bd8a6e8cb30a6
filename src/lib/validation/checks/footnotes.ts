/**
 * Footnote markers in prose (`[^source-id]`) name a file in content/sources/, so every cited sentence links to a
 * source a reader can open. Markdown footnote definitions are refused: the page's source list is the one list of notes.
 */
import { footnoteDefinitionLines, footnoteMarkers } from '../../footnotes.ts';
import { didYouMean } from '../../suggest.ts';
import type { Check, ContentError } from '../types.ts';

export const checkFootnotes: Check = ({ files, ids }) =>
  files.flatMap((file) => {
    if (file.collection === 'sources' || !file.body) return [];
    const errors: ContentError[] = footnoteMarkers(file.body, file.bodyLine)
      .filter((marker) => !ids.sources.has(marker.id))
      .map((marker) => ({
        file: file.path,
        field: '(body)',
        line: marker.line,
        message: `footnote [^${marker.id}] names no source: expected the id of a file in content/sources/.${didYouMean(marker.id, ids.sources)}`,
      }));
    for (const line of footnoteDefinitionLines(file.body, file.bodyLine)) {
      errors.push({
        file: file.path,
        field: '(body)',
        line,
        message: 'a footnote definition ("[^id]: …") is not used here: cite a source with [^source-id] after the sentence, and describe the source in content/sources/',
      });
    }
    return errors;
  });
