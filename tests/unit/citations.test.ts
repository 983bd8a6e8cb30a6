import { describe, expect, it } from 'vitest';
import { apa, bibtex, bibtexEscape, chicago, citations, cslJson, type CitableEntry } from '../../src/lib/citations.ts';

const page: CitableEntry = {
  key: 'testland-examplia-2025',
  kind: 'webpage',
  title: 'Testland–Examplia transfer memorandum',
  url: 'https://example.org/agreements/testland-examplia-2025/',
  date: '2026-11-27',
  accessed: '2026-12-03',
  publisher: 'Migration Agreements Compared',
};

const dataset: CitableEntry = {
  key: 'migration-agreements-dataset',
  kind: 'dataset',
  title: 'Migration agreements dataset',
  url: 'https://example.org/data/',
  date: '2026-12-03',
  accessed: '2026-12-03',
  publisher: 'Migration Agreements Compared',
  version: 'abc123def456',
};

describe('citations of one page', () => {
  it('APA', () => {
    expect(apa(page)).toBe(
      'Migration Agreements Compared. (2026, November 27). Testland–Examplia transfer memorandum. Retrieved December 3, 2026, from https://example.org/agreements/testland-examplia-2025/',
    );
  });

  it('Chicago', () => {
    expect(chicago(page)).toBe(
      '“Testland–Examplia transfer memorandum.” Migration Agreements Compared. Last modified November 27, 2026. Accessed December 3, 2026. https://example.org/agreements/testland-examplia-2025/.',
    );
  });

  it('BibTeX', () => {
    expect(bibtex(page)).toBe(
      [
        '@misc{testland-examplia-2025,',
        '  author = {{Migration Agreements Compared}},',
        '  title = {{Testland–Examplia transfer memorandum}},',
        '  year = {2026},',
        '  month = nov,',
        '  url = {https://example.org/agreements/testland-examplia-2025/},',
        '  urldate = {2026-12-03},',
        '  note = {Last reviewed 2026-11-27}',
        '}',
      ].join('\n'),
    );
  });

  it('CSL-JSON', () => {
    expect(JSON.parse(cslJson(page))).toEqual([
      {
        id: 'testland-examplia-2025',
        type: 'webpage',
        title: 'Testland–Examplia transfer memorandum',
        author: [{ literal: 'Migration Agreements Compared' }],
        'container-title': 'Migration Agreements Compared',
        publisher: 'Migration Agreements Compared',
        URL: 'https://example.org/agreements/testland-examplia-2025/',
        issued: { 'date-parts': [[2026, 11, 27]] },
        accessed: { 'date-parts': [[2026, 12, 3]] },
      },
    ]);
  });

  it('lists the four formats in page order', () => {
    expect(citations(page).map((citation) => citation.label)).toEqual(['APA', 'Chicago', 'BibTeX', 'CSL-JSON']);
    expect(citations(page)[0].text).toBe(apa(page));
  });

  it('does not double a title’s own question mark', () => {
    const question = { ...page, title: 'Who pays?' };
    expect(apa(question)).toContain('(2026, November 27). Who pays? Retrieved');
    expect(chicago(question)).toMatch(/^“Who pays\?” Migration/);
  });

  it('rejects a partial date, which no format can express as a day', () => {
    expect(() => apa({ ...page, date: '2026-11' })).toThrow(/full date/);
  });
});

describe('citations of the dataset', () => {
  it('APA', () => {
    expect(apa(dataset)).toBe(
      'Migration Agreements Compared. (2026, December 3). Migration agreements dataset (Version abc123def456) [Data set]. Retrieved December 3, 2026, from https://example.org/data/',
    );
  });

  it('Chicago', () => {
    expect(chicago(dataset)).toBe(
      'Migration Agreements Compared. Migration agreements dataset. Version abc123def456. Dataset. Last modified December 3, 2026. Accessed December 3, 2026. https://example.org/data/.',
    );
  });

  it('BibTeX', () => {
    expect(bibtex(dataset)).toContain('  version = {abc123def456},\n');
    expect(bibtex(dataset)).toContain('  note = {Dataset}\n}');
  });

  it('CSL-JSON', () => {
    const [item] = JSON.parse(cslJson(dataset));
    expect(item.type).toBe('dataset');
    expect(item.version).toBe('abc123def456');
  });
});

describe('bibtexEscape', () => {
  it('escapes characters BibTeX would read as commands', () => {
    expect(bibtexEscape('50% & $5 #1 a_b {x} ~ ^ \\')).toBe(
      '50\\% \\& \\$5 \\#1 a\\_b \\{x\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}',
    );
  });
});
