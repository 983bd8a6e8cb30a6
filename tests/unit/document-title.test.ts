import { describe, expect, it } from 'vitest';
import { documentTitle } from '../../src/lib/document-title.ts';

describe('documentTitle', () => {
  it('adds the site name when it fits, drops it when not, and cuts long titles at a word', () => {
    expect(documentTitle('Glossary', 'Site')).toBe('Glossary · Site');
    expect(documentTitle('Site', 'Site')).toBe('Site');
    const long = 'Canadian Council for Refugees v. Canada (Citizenship and Immigration)';
    expect(documentTitle(long, 'Migration Agreements Compared')).toBe(long);
    const tooLong = 'A very long agreement title that goes on and on about parties, instruments and many other things';
    const result = documentTitle(tooLong, 'Migration Agreements Compared');
    expect(result.length).toBeLessThanOrEqual(70);
    expect(result).toBe('A very long agreement title that goes on and on about parties,…'.replace(',…', '…'));
  });
});
