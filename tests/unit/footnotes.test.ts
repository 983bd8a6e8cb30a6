import { describe, expect, it } from 'vitest';
import { footnoteMarkers, footnoteSourceIds, linkFootnotes, stripFootnotes } from '../../src/lib/footnotes.ts';
import { renderMarkdown } from '../../src/lib/markdown.ts';

const body = 'First line.[^reuters-2025-01-02-deal]\n\nSecond line cites two.[^ap-2025-02-01-x][^reuters-2025-01-02-deal]\nA [^Not_An_Id] and [plain](https://example.org).\n';

describe('footnote markers', () => {
  it('finds each marker with its line, counting from the body line', () => {
    expect(footnoteMarkers(body, 40)).toEqual([
      { id: 'reuters-2025-01-02-deal', line: 40 },
      { id: 'ap-2025-02-01-x', line: 42 },
      { id: 'reuters-2025-01-02-deal', line: 42 },
    ]);
  });

  it('lists the cited source ids once each, in the order first cited', () => {
    expect(footnoteSourceIds(body)).toEqual(['reuters-2025-01-02-deal', 'ap-2025-02-01-x']);
  });

  it('turns markers into numbered links and leaves an unnumbered one as written', () => {
    const numbers = new Map([['reuters-2025-01-02-deal', 4]]);
    expect(linkFootnotes('Claim.[^reuters-2025-01-02-deal][^missing]', numbers)).toBe('Claim.[\\[4\\]](#source-4)[^missing]');
  });

  it('strips markers for search and summaries', () => {
    expect(stripFootnotes('Claim. [^a-b]Next.[^c]')).toBe('Claim.Next.');
  });

  it('renders as links into the source list that read as "Source N"', async () => {
    const { html } = await renderMarkdown('Claim.[^a][^b]', new Map([['a', 1], ['b', 2]]));
    expect(html).toContain('<a href="#source-1" aria-label="Source 1" class="footnote-ref">[1]</a>');
    expect(html).toContain('<a href="#source-2" aria-label="Source 2" class="footnote-ref">[2]</a>');
  });

  it('is linear: a long body of markers is read quickly', () => {
    const long = 'Sentence.[^a-source] '.repeat(50_000);
    expect(footnoteMarkers(long)).toHaveLength(50_000);
  });
});
