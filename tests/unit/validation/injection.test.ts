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
  it('has at least 12 of them', () => {
    expect(injections.length).toBeGreaterThanOrEqual(12);
  });

  for (const file of injections) {
    it(`rejects ${file.id}`, () => {
      const { errors } = validateContent([...validFiles, file]);
      const bodyErrors = errors.filter((error) => error.file === file.path && error.field === '(body)');
      expect(bodyErrors.length, JSON.stringify(errors)).toBeGreaterThan(0);
      // The payload is the file's last line, after a harmless paragraph: the error points at it, not at the start.
      const lines = file.raw.trimEnd().split('\n');
      const payloadLine = lines.length;
      expect(bodyErrors.map((error) => error.line)).toContain(payloadLine);
    });
  }
});
