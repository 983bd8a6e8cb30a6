/** The coverage floor of the knowledge base and the shape of its prose (issue: every agreement, country, case and term). */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content-files.ts';
import { footnoteMarkers } from '../../src/lib/footnotes.ts';
import { AGREEMENT_SECTIONS, proseWords } from '../../src/lib/validation/checks/agreement-account.ts';
import { collectReferences } from '../../src/lib/references.ts';
import { entrySourceIds, sourcesThrough } from '../../src/lib/sources-through.ts';
import { isTransferReportStale, newestTransferDate } from '../../src/lib/transfers/activity.ts';
import { transferredFact } from '../../src/lib/transfers/series.ts';
import { validateContent } from '../../src/lib/validation/index.ts';
import { clauseIds, type Agreement, type Source } from '../../src/schema/index.ts';

const { valid } = validateContent(readContent('content'));
const entries = (collection: string) => valid.filter(({ file }) => file.collection === collection);
const agreements = entries('agreements');

describe('coverage floor', () => {
  it('has at least 45 agreements, 40 terms and 28 cases', () => {
    expect(agreements.length).toBeGreaterThanOrEqual(45);
    expect(entries('terms').length).toBeGreaterThanOrEqual(40);
    expect(entries('cases').length).toBeGreaterThanOrEqual(28);
  });

  it('includes every US arrangement of 2025–26 and the peers a researcher expects', () => {
    const ids = new Set(agreements.map(({ file }) => file.id));
    const expected = [
      // US arrangements of 2025–26
      'us-ecuador-2025', 'us-belize-2025', 'us-antigua-and-barbuda-2025', 'us-dominica-2026', 'us-saint-kitts-and-nevis-2026',
      'us-cameroon-2026', 'us-liberia-2025', 'us-mexico-2025', 'us-guyana-2026',
      // Peers
      'italy-libya-2017', 'netherlands-uganda-2025', 'eu-tunisia-2023', 'uk-france-2025', 'us-mexico-2018', 'denmark-kosovo-2021',
      'eu-egypt-2024', 'australia-cambodia-2014', 'australia-malaysia-2011',
    ];
    for (const id of expected) expect(ids, id).toContain(id);
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
      const count = proseWords(file.body);
      expect(count).toBeGreaterThanOrEqual(200);
      expect(count).toBeLessThanOrEqual(500);
      const headings = [...file.body.matchAll(/^## (.+)$/gm)].map((match) => match[1].trim());
      expect(headings).toEqual(AGREEMENT_SECTIONS);
      const sources = new Set(collectReferences('agreements', data).filter((reference) => reference.target === 'sources').map((reference) => reference.id));
      expect(sources.size).toBeGreaterThanOrEqual(3);
    });
  }
});

describe('every sentence cited, every date honest', () => {
  const sources = new Map(entries('sources').map(({ file, data }) => [file.id, data as unknown as Source]));

  it('footnotes at least five claims in the account of nine agreements in ten, and every one in fact', () => {
    const footnoted = agreements.filter(({ file }) => footnoteMarkers(file.body).length >= 5);
    expect(footnoted.length / agreements.length).toBeGreaterThanOrEqual(0.9);
    for (const { file } of agreements) expect(footnoteMarkers(file.body).length, file.id).toBeGreaterThanOrEqual(5);
  });

  it('footnotes the prose of every case and glossary term', () => {
    for (const { file } of [...entries('cases'), ...entries('terms')]) expect(footnoteMarkers(file.body).length, file.path).toBeGreaterThan(0);
  });

  it('leaves at most 5% of sources undated', () => {
    const undated = [...sources.values()].filter((source) => source.published === null).length;
    expect(undated / sources.size).toBeLessThanOrEqual(0.05);
  });

  it('never calls an arrangement operational when its newest transfer report is over six months older than its sources', () => {
    for (const { file, data } of agreements) {
      const agreement = data as unknown as Agreement;
      if (agreement.status.value !== 'operational') continue;
      const through = sourcesThrough(entrySourceIds('agreements', agreement, file.body), (id) => sources.get(id)?.published);
      expect(isTransferReportStale(newestTransferDate(agreement), through), `${file.id}: last transfer ${newestTransferDate(agreement)}, sources through ${through}`).toBe(false);
    }
  });
});

describe('transfers as records', () => {
  it('records the transfers of every agreement that has had one, and numbers them for the arrangements researchers ask about first', () => {
    const missing = agreements
      .filter(({ data }) => (data as unknown as Agreement).dates.firstTransfer.value)
      .filter(({ data }) => (data as unknown as Agreement).transfers.length === 0)
      .map(({ file }) => file.id);
    expect(missing).toEqual([]);
    const withRecords = agreements.filter(({ data }) => (data as unknown as Agreement).transfers.length > 0);
    expect(withRecords.length).toBeGreaterThanOrEqual(35);
    const total = (id: string) => transferredFact(agreements.find(({ file }) => file.id === id)!.data as unknown as Agreement).value;
    // Single flights, not just totals, for the 2025 deals whose flights were reported one by one.
    for (const id of ['us-eswatini-2025', 'us-ghana-2025', 'us-costa-rica-2025', 'us-panama-2025', 'italy-albania-2023']) {
      const agreement = agreements.find(({ file }) => file.id === id)!.data as unknown as Agreement;
      expect(agreement.transfers.filter((record) => record.kind === 'transfer').length, id).toBeGreaterThanOrEqual(2);
      expect(total(id)?.count, id).toBeGreaterThan(0);
    }
  });

  it('describes every payment it can: kind or stage on most reported amounts', () => {
    const amounts = agreements.flatMap(({ data }) => (data as unknown as Agreement).payments.flatMap((report) => (report.value ? [report.value] : [])));
    const described = amounts.filter((payment) => payment.kind || payment.stage);
    expect(described.length / amounts.length).toBeGreaterThanOrEqual(0.6);
  });
});

describe('clause coding', () => {
  it('codes every clause question for every agreement, never blank', () => {
    for (const { file, data } of agreements) {
      const clauses = (data as unknown as Agreement).clauses;
      expect(clauses, `${file.id} has no clauses`).toBeDefined();
      for (const id of clauseIds) expect(clauses![id]?.answer, `${file.id} ${id}`).toBeDefined();
    }
  });

  it('gives at least one pinpoint for every agreement whose text is public', () => {
    for (const { file, data } of agreements) {
      const agreement = data as unknown as Agreement;
      const text = agreement.text.value;
      const isPublic = text?.published || text?.availability === 'official' || text?.availability === 'leaked';
      if (!isPublic) continue;
      const pinpoints = clauseIds.filter((id) => agreement.clauses?.[id]?.pinpoint);
      expect(pinpoints.length, `${file.id}: public text, no pinpoint`).toBeGreaterThan(0);
    }
  });

  it('says how the text is known for every agreement', () => {
    for (const { file, data } of agreements) {
      const text = (data as unknown as Agreement).text;
      // Where a text is known to be public but not who published it, `published: true` with a note is the honest answer.
      const known = text.value?.availability ?? (text.value?.published && text.note) ?? text.applicable === false;
      expect(known, file.id).toBeTruthy();
    }
  });
});
