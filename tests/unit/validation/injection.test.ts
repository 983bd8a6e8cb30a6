/**
 * Contributor content is data, never code: each injection fixture is rejected by the validator with its file and the
 * line of the payload named.
 */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../../src/lib/content-files.ts';
import { validateContent } from '../../../src/lib/validation/index.ts';

const validFiles = readContent('tests/fixtures/valid-content');
const injections = readContent('tests/fixtures/injection');

describe('injection fixtures', () => {
  it('has at least 30 of them', () => {
    expect(injections.length).toBeGreaterThanOrEqual(30);
  });

  for (const file of injections) {
    it(`rejects ${file.id}`, () => {
      const { errors } = validateContent([...validFiles, file]);
      const bodyErrors = errors.filter((error) => error.file === file.path && error.field === '(body)');
      expect(bodyErrors.length, JSON.stringify(errors)).toBeGreaterThan(0);
      // The payload follows a harmless paragraph and runs to the end of the file (one line, or two when a link's
      // destination sits on the next line): the error points into it, not at the start. Lines end where an editor
      // ends them, at LF, CRLF or a bare CR, as the Markdown parser counts them.
      const lines = file.raw.trimEnd().split(/\r\n?|\n/);
      const paragraphLine = lines.findIndex((line) => line.startsWith('A harmless first paragraph.')) + 1;
      expect(paragraphLine).toBeGreaterThan(0);
      const inPayload = bodyErrors.filter((error) => error.line! > paragraphLine + 1 && error.line! <= lines.length);
      expect(inPayload, JSON.stringify(bodyErrors)).not.toEqual([]);
    });
  }
});
