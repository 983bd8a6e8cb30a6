/** The coverage floor of the knowledge base and the shape of its prose (issue: every agreement, country, case and term). */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content-files.ts';
import { collectReferences } from '../../src/lib/references.ts';
import { validateContent } from '../../src/lib/validation/index.ts';
import type { Agreement } from '../../src/schema/index.ts';

const { valid } = validateContent(readContent('content'));
const entries = (collection: string) => valid.filter(({ file }) => file.collection === collection);
const agreements = entries('agreements');
const words = (text: string) => text.replace(/[#*_`>\[\]()]/g, ' ').split(/\s+/).filter(Boolean).length;

describe('coverage floor', () => {
  it('has at least 20 agreements, 40 terms and 6 cases', () => {
    expect(agreements.length).toBeGreaterThanOrEqual(20);
    expect(entries('terms').length).toBeGreaterThanOrEqual(40);
    expect(entries('cases').length).toBeGreaterThanOrEqual(6);
  });

  it('includes the seed agreements and the comparison points', () => {
    const ids = new Set(agreements.map(({ file }) => file.id));
    for (const id of ['us-rwanda-2025', 'us-el-salvador-2025', 'us-libya-2025', 'us-guatemala-2019', 'us-canada-2002', 'uk-rwanda-2022', 'italy-albania-2023', 'eu-turkey-2016']) {
      expect(ids, id).toContain(id);
    }
  });

  it('has a country page for every party', () => {
    const countries = new Set(entries('countries').map(({ file }) => file.id));
    for (const { file, data } of agreements) {
      const parties = (data as unknown as Agreement).parties.value;
      for (const id of [...(parties?.sending ?? []), ...(parties?.receiving ?? [])]) expect(countries, `${file.id} → ${id}`).toContain(id);
    }
  });

  it('references every case from at least one agreement', () => {
    const cited = new Set(agreements.flatMap(({ data }) => (data as unknown as Agreement).legalChallenges));
    for (const { file } of entries('cases')) expect(cited, file.id).toContain(file.id);
  });

  it('makes every term reachable from an agreement, a case or another term', () => {
    const linked = new Set(
      valid.flatMap(({ file, data }) =>
        collectReferences(file.collection, data)
          .filter((reference) => reference.target === 'terms' && !(file.collection === 'terms' && reference.id === file.id))
          .map((reference) => reference.id),
      ),
    );
    for (const { file } of entries('terms')) expect(linked, file.id).toContain(file.id);
  });
});

describe('agreement prose and sourcing', () => {
  for (const { file, data } of agreements) {
    it(`${file.id}: 200–500 words in the five sections, at least three distinct sources`, () => {
      const count = words(file.body);
      expect(count).toBeGreaterThanOrEqual(200);
      expect(count).toBeLessThanOrEqual(500);
      const headings = [...file.body.matchAll(/^## (.+)$/gm)].map((match) => match[1].trim());
      expect(headings).toEqual(['Background', 'How it works', 'What is disputed', 'Where it stands', 'What is not known']);
      const sources = new Set(collectReferences('agreements', data).filter((reference) => reference.target === 'sources').map((reference) => reference.id));
      expect(sources.size).toBeGreaterThanOrEqual(3);
    });
  }
});
