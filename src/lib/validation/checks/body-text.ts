/**
 * Prose is plain text a reviewer can read as it will be shown: no invisible bidirectional controls (which can make
 * the diff say one thing and the page another), and no body so long that it stops being an account.
 */
import { BIDI_CONTROLS, codePoint } from '../../../schema/common.ts';
import type { Check, ContentError } from '../types.ts';

/** The longest body accepted, in characters; the longest real account is under 4,000. */
export const MAX_BODY_CHARACTERS = 20_000;

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
    // The same characters the schema refuses in text fields (src/schema/common.ts), reported at the first one.
    const at = file.body.search(BIDI_CONTROLS);
    if (at >= 0) {
      const line = file.bodyLine + (file.body.slice(0, at).match(/\n/g)?.length ?? 0);
      errors.push({ file: file.path, field: '(body)', line, message: `contains an invisible bidirectional control character (${codePoint(file.body, BIDI_CONTROLS)}); delete it` });
    }
    return errors;
  });
