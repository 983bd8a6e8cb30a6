/**
 * Synthetic content of realistic shape for the search benchmark: agreements with five-section bodies, countries with
 * other names and codes, glossary terms with aliases and abbreviations, cases with dockets and judges, in the
 * proportions of the real knowledge base (about 70 % agreements and their sections). Text mixes the domain's own words
 * with a Zipf-distributed vocabulary of made-up words, so term counts grow with the corpus as in real text.
 * Deterministic: the same size always gives the same content. Unlike src/lib/synthetic-content.ts (valid content files
 * for build benchmarks, from a vocabulary of a few dozen words), this feeds the search modules directly and needs a
 * vocabulary that grows like real prose, or the benchmark would measure a corpus no reader ever searches.
 */
import type { Agreement, Country, LegalCase, Term } from '../../schema/index.ts';
import type { ContentEntry, SearchContent } from './documents.ts';

/** Mulberry32: a small seeded generator, so every run measures the same corpus. */
function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DOMAIN_WORDS = (
  'agreement arrangement memorandum understanding deportation deportee removal third country transfer asylum seeker ' +
  'refugee protection detention centre center court judge ruling injunction appeal notice hearing government ministry ' +
  'state department homeland security migrants nationals criminal conviction resettlement integration housing stipend ' +
  'training healthcare payment grant million dollars aid visas travel ban tariffs human rights watch amnesty monitoring ' +
  'oversight safe processing offshore readmission transit cooperation externalisation externalization non-refoulement ' +
  'persecution torture harm flight flights arrived first group people men women families prison cecot gang members ' +
  'alien enemies act convention obligations legal challenge district circuit supreme federal order removed sent ' +
  'reported announced signed force ended suspended blocked operational negotiating proposed status text published'
).split(' ');

const REAL_COUNTRIES: [string, string, string, string[]][] = [
  ['Rwanda', 'RW', 'RWA', []],
  ['El Salvador', 'SV', 'SLV', []],
  ['Eswatini', 'SZ', 'SWZ', ['Swaziland', 'Kingdom of Eswatini']],
  ['Canada', 'CA', 'CAN', []],
  ['United States', 'US', 'USA', ['United States of America']],
  ['United Kingdom', 'GB', 'GBR', ['Britain']],
  ['Nauru', 'NR', 'NRU', []],
  ['Libya', 'LY', 'LBY', []],
  ['Uganda', 'UG', 'UGA', []],
  ['Guatemala', 'GT', 'GTM', []],
];

const REAL_TERMS: [string, string[], string[]][] = [
  ['Non-refoulement', ['principle of non-refoulement', 'refoulement'], []],
  ['Safe third country agreement', ['safe third country'], ['STCA']],
  ['Asylum cooperative agreement', [], ['ACA']],
  ['Alien Enemies Act', [], ['AEA']],
  ['Externalisation', ['externalization', 'border externalisation'], []],
  ['Memorandum of understanding', [], ['MOU', 'MoU']],
  ['Third-country removal', ['third country deportation'], []],
  ['Offshore processing', [], []],
];

const SYLLABLES =
  'ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo vu za ze zi zo zu an en in on un ar er ir or ur al el il ol ul'.split(
    ' ',
  );

export type SyntheticCorpus = { content: SearchContent; documentCount: number };

/** Content that gives exactly `documentCount` search documents (one per entry, plus five per agreement body). */
export function syntheticContent(documentCount: number, seed = 1): SyntheticCorpus {
  const random = randomFrom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

  // Made-up words by rank; a Zipf draw makes a few common and most rare, like words in real prose.
  const invented: string[] = [];
  const seen = new Set<string>(DOMAIN_WORDS);
  const vocabularySize = Math.max(2000, documentCount * 3);
  while (invented.length < vocabularySize) {
    const length = 2 + Math.floor(random() * 3);
    let word = '';
    for (let i = 0; i < length; i++) word += pick(SYLLABLES);
    if (!seen.has(word)) {
      seen.add(word);
      invented.push(word);
    }
  }
  const harmonic = invented.reduce((sum, _, rank) => sum + 1 / (rank + 1), 0);
  const cumulative = new Float64Array(invented.length);
  invented.reduce((sum, _, rank) => (cumulative[rank] = sum + 1 / (rank + 1) / harmonic), 0);
  const zipfWord = () => {
    const target = random();
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (cumulative[middle] < target) low = middle + 1;
      else high = middle;
    }
    return invented[low];
  };
  const sentence = (words: number) => {
    const parts: string[] = [];
    for (let i = 0; i < words; i++)
      parts.push(
        random() < 0.3 ? pick(DOMAIN_WORDS) : random() < 0.25 ? pick(['the', 'of', 'and', 'to', 'a', 'in']) : zipfWord(),
      );
    return `${capitalise(parts.join(' '))}.`;
  };
  const prose = (words: number) => {
    const sentences: string[] = [];
    for (let left = words; left > 0; left -= 14) sentences.push(sentence(Math.min(14, left)));
    return sentences.join(' ');
  };

  const agreementCount = Math.max(1, Math.round((documentCount * 0.71) / 6));
  const caseCount = Math.max(1, Math.round(documentCount * 0.06));
  const countryCount = Math.max(REAL_COUNTRIES.length, Math.round(documentCount * 0.14));
  const termCount = documentCount - agreementCount * 6 - caseCount - countryCount;
  if (termCount < REAL_TERMS.length) throw new Error(`syntheticContent: ${documentCount} documents are too few`);

  const countries: ContentEntry<Country>[] = [];
  for (let i = 0; i < countryCount; i++) {
    const real = REAL_COUNTRIES[i];
    const name = real ? real[0] : `${capitalise(zipfWord())}${pick(['ia', 'land', 'stan', 'ea'])}`;
    const letters = name.toUpperCase().replace(/[^A-Z]/g, '');
    countries.push({
      id: `${name.toLowerCase().replace(/\s+/g, '-')}-${i}`,
      data: {
        name,
        kind: 'state',
        iso2: real ? real[1] : letters.slice(0, 2),
        iso3: real ? real[2] : letters.slice(0, 3).padEnd(3, 'X'),
        otherNames: real ? real[3] : random() < 0.1 ? [`Republic of ${name}`] : [],
        context: prose(35),
        sources: ['synthetic'],
      },
      body: prose(80),
    });
  }

  const fact = <T>(value: T) => ({ value, sources: ['synthetic'] });
  const unknown = { value: null, sources: [], note: 'Not disclosed.' };
  const agreements: ContentEntry<Agreement>[] = [];
  for (let i = 0; i < agreementCount; i++) {
    const sending = countries[i % 3 === 0 ? 4 : Math.floor(random() * countries.length)];
    const receiving = countries[Math.floor(random() * countries.length)];
    const year = 2000 + Math.floor(random() * 26);
    const kind = pick([
      'deportee arrangement',
      'safe third country agreement',
      'asylum cooperative agreement',
      'migration partnership',
      'transfer memorandum',
    ]);
    const shortName = (country: Country) => country.iso2 ?? country.name;
    const data: Agreement = {
      title: `${sending.data.name}–${receiving.data.name} ${kind}`,
      shortTitle: `${shortName(sending.data)}–${shortName(receiving.data)} (${year})`.slice(0, 40),
      summary: prose(70),
      parties: fact({ sending: [sending.id], receiving: [receiving.id] }),
      instrument: fact(pick(['memorandum-of-understanding', 'exchange-of-notes', 'executive-agreement'] as const)),
      text: fact({ published: random() < 0.3 }),
      status: fact(pick(['operational', 'signed', 'blocked-by-court', 'ended'] as const)),
      statusHistory: [{ date: `${year}`, status: 'signed', sources: ['synthetic'] }],
      dates: {
        announced: fact(`${year}`),
        signed: fact(`${year}`),
        inForce: unknown,
        firstTransfer: unknown,
        ended: { value: null, sources: [], applicable: false },
      },
      model: fact([pick(['integration', 'detention', 'safe-third-country', 'offshore-processing'] as const)]),
      coverage: fact([pick(['criminal-convictions', 'asylum-seekers', 'third-country-nationals'] as const)]),
      cap: random() < 0.5 ? fact({ count: 50 + Math.floor(random() * 1000) }) : unknown,
      transfers:
        random() < 0.5
          ? [{ date: `${year}`, kind: 'transfer' as const, people: [fact({ count: Math.floor(random() * 300) })], onward: [] }]
          : [],
      payments: [
        random() < 0.5 ? fact({ amount: 1e5 * Math.ceil(random() * 100), currency: 'USD', payer: sending.id }) : unknown,
      ],
      provisions: fact([pick(['housing', 'stipend', 'training', 'healthcare'] as const)]),
      asylumAccess: unknown,
      detention: fact(pick(['none', 'closed-centre', 'prison'] as const)),
      monitoring: unknown,
      leverage: unknown,
      humanRightsConcerns: [
        fact({ raisedBy: pick(['Human Rights Watch', 'Amnesty International', 'UNHCR']), concern: sentence(12) }),
      ],
      legalChallenges: [],
      relatedAgreements: [],
      terms: [],
    };
    const body = ['Background', 'How it works', 'What is disputed', 'Where it stands', 'What is not known']
      .map((heading) => `## ${heading}\n\n${prose(60 + Math.floor(random() * 60))}\n`)
      .join('\n');
    agreements.push({ id: `synthetic-${i}-${year}`, data, body });
  }

  const terms: ContentEntry<Term>[] = [];
  for (let i = 0; i < termCount; i++) {
    const real = REAL_TERMS[i];
    const term = real ? real[0] : capitalise(`${zipfWord()} ${pick(DOMAIN_WORDS)}`);
    terms.push({
      id: `term-${i}`,
      data: {
        term,
        aliases: real ? real[1] : random() < 0.3 ? [`${zipfWord()} ${zipfWord()}`] : [],
        abbreviations: real ? real[2] : [],
        definition: prose(30),
        related: [],
        agreements: [],
        cases: [],
        sources: ['synthetic'],
      },
      body: prose(150),
    });
  }

  const cases: ContentEntry<LegalCase>[] = [];
  for (let i = 0; i < caseCount; i++) {
    const party = capitalise(zipfWord());
    cases.push({
      id: `case-${i}`,
      data: {
        name: `${party} v. ${pick(['Department of Homeland Security', 'Secretary of State', 'Minister for Immigration', capitalise(zipfWord())])}`,
        court: pick([
          'U.S. District Court for the District of Massachusetts',
          'Supreme Court of the United Kingdom',
          'High Court of Australia',
        ]),
        jurisdiction: countries[0].id,
        docket: `1:${20 + (i % 6)}-cv-${10000 + i}`,
        judges: [`${capitalise(zipfWord())} ${capitalise(zipfWord())}`],
        events: [{ date: '2025', event: sentence(6), sources: ['synthetic'] }],
        outcome: prose(30),
        status: 'pending',
        agreements: [],
        sources: ['synthetic'],
      },
      body: prose(120),
    });
  }

  return { content: { agreements, countries, terms, cases }, documentCount };
}

/**
 * Queries over the synthetic corpora and the page each must find first: misspelt, former and coded country names,
 * abbreviations, spellings, exact titles. The benchmark counts how many come first and how many in the first three, at
 * every size, so a change to the index or the ranking shows what it does to relevance as the corpus grows.
 */
export const SYNTHETIC_RELEVANCE: [query: string, url: string][] = [
  ['rwnada', '/countries/rwanda-0/'],
  ['wranda', '/countries/rwanda-0/'],
  ['salvdor', '/countries/el-salvador-1/'],
  ['salvadore', '/countries/el-salvador-1/'],
  ['el salvador', '/countries/el-salvador-1/'],
  ['Swaziland', '/countries/eswatini-2/'],
  ['eswatinni', '/countries/eswatini-2/'],
  ['canda', '/countries/canada-3/'],
  ['Britain', '/countries/united-kingdom-5/'],
  ['nauru', '/countries/nauru-6/'],
  ['ugnada', '/countries/uganda-8/'],
  ['gautemala', '/countries/guatemala-9/'],
  ['refoulment', '/terms/term-0/'],
  ['non-refoulement', '/terms/term-0/'],
  ['STCA', '/terms/term-1/'],
  ['safe third country agreement', '/terms/term-1/'],
  ['ACA', '/terms/term-2/'],
  ['AEA', '/terms/term-3/'],
  ['alien enemies act', '/terms/term-3/'],
  ['externalisation', '/terms/term-4/'],
  ['externalization', '/terms/term-4/'],
  ['MOU', '/terms/term-5/'],
  ['memorandum of understanding', '/terms/term-5/'],
  ['third-country removal', '/terms/term-6/'],
  ['offshore processing', '/terms/term-7/'],
  ['ofshore procesing', '/terms/term-7/'],
];
