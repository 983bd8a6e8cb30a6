/**
 * An agreement's account has the five sections readers expect, in order, and 200–500 words of prose (footnote markers
 * are citations, not words), drawing on at least three distinct sources.
 */
import { entrySourceIds } from '../../sources-through.ts';
import { stripFootnotes } from '../../footnotes.ts';
import type { Check, ContentError } from '../types.ts';

export const AGREEMENT_SECTIONS = ['Background', 'How it works', 'What is disputed', 'Where it stands', 'What is not known'];
export const AGREEMENT_WORDS = { min: 200, max: 500 } as const;

/** Words of prose, as a reader counts them: Markdown punctuation and footnote markers left out. */
export const proseWords = (markdown: string) =>
  stripFootnotes(markdown)
    .replace(/[#*_`>[\]()]/g, ' ')
    .split(/\s+/)
    .filter(Boolean).length;

// Every readable agreement, valid or not, so a short account is reported in the same run as a schema error.
export const checkAgreementAccount: Check = ({ files }) =>
  files.flatMap((file) => {
    const data = file.data;
    if (file.collection !== 'agreements' || data === undefined) return [];
    const errors: ContentError[] = [];
    const at = (message: string) => errors.push({ file: file.path, field: '(body)', line: file.bodyLine, message });
    const headings = [...file.body.matchAll(/^## (.+)$/gm)].map((match) => match[1].trim());
    if (headings.join('\n') !== AGREEMENT_SECTIONS.join('\n')) {
      at(`expected the sections ${AGREEMENT_SECTIONS.map((heading) => `"## ${heading}"`).join(', ')} in that order (found ${headings.length ? headings.map((heading) => `"${heading}"`).join(', ') : 'none'})`);
    }
    const words = proseWords(file.body);
    if (words < AGREEMENT_WORDS.min || words > AGREEMENT_WORDS.max) {
      at(`expected an account of ${AGREEMENT_WORDS.min}–${AGREEMENT_WORDS.max} words (found ${words})`);
    }
    const sources = entrySourceIds('agreements', data, file.body).length;
    if (sources < 3) at(`expected the agreement to draw on at least three distinct sources (found ${sources})`);
    return errors;
  });
