/**
 * Prose is plain text a reviewer can read as it will be shown: no invisible bidirectional controls (which can make
 * the diff say one thing and the page another), and no body so long that it stops being an account.
 */
import type { Check, ContentError } from '../types.ts';

/** The longest body accepted, in characters; the longest real account is under 4,000. */
export const MAX_BODY_CHARACTERS = 20_000;

const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export const checkBodyText: Check = ({ files }) =>
  files.flatMap((file) => {
    const errors: ContentError[] = [];
    if (file.body.length > MAX_BODY_CHARACTERS) {
      errors.push({
        file: file.path,
        field: '(body)',
        line: file.bodyLine,
        message: `expected at most ${MAX_BODY_CHARACTERS.toLocaleString('en')} characters of prose (found ${file.body.length.toLocaleString('en')}); keep the account short and move detail to sourced fields`,
      });
    }
    for (const match of file.body.matchAll(BIDI_CONTROL)) {
      const line = file.bodyLine + (file.body.slice(0, match.index).match(/\n/g)?.length ?? 0);
      const code = `U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
      errors.push({ file: file.path, field: '(body)', line, message: `contains an invisible bidirectional control character (${code}); delete it` });
      break;
    }
    return errors;
  });
