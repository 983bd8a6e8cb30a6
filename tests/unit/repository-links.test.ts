import { describe, expect, it } from 'vitest';
import { correctionUrl, editUrl } from '../../src/lib/repository-links.ts';

const repository = { url: 'https://github.com/example/kb', branch: 'main' };

describe('repository links', () => {
  it('opens the content file in the repository editor', () => {
    expect(editUrl(repository, 'content/agreements/us-rwanda-2025.md')).toBe('https://github.com/example/kb/edit/main/content/agreements/us-rwanda-2025.md');
  });
  it('pre-fills the correction form with the page address and title', () => {
    const url = new URL(correctionUrl(repository, 'https://site.example/terms/cecot/', 'CECOT & "prisons"'));
    expect(url.pathname).toBe('/example/kb/issues/new');
    expect(url.searchParams.get('template')).toBe('correction.yml');
    expect(url.searchParams.get('page')).toBe('https://site.example/terms/cecot/');
    expect(url.searchParams.get('title')).toBe('Correction: CECOT & "prisons"');
  });
});
