/**
 * Fictional content at any scale, for build and page-size benchmarks: valid files of realistic shape and length
 * (every dimension filled, bodies of a few hundred words), none of it real. Deterministic for a given count.
 */

const WORDS =
  'agreement transfer removal asylum court notice hearing country government ministry detention centre stipend housing training payment grant report monitoring protection refugee status review appeal ruling policy officials arrival flight processing claim screening assurance'.split(
    ' ',
  );
const STATUSES = ['proposed', 'signed', 'operational', 'suspended', 'blocked-by-court', 'ended'] as const;
const MODELS = ['integration', 'detention', 'safe-third-country', 'offshore-processing', 'transit', 'readmission'] as const;
const COUNTRY_COUNT = 40;

/** A small deterministic pseudo-random generator, so two runs build the same site. */
function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

const letters = (index: number) => String.fromCharCode(97 + Math.floor(index / 26) % 26, 97 + (index % 26));
const countryId = (index: number) => `synth-${letters(index)}`;

function paragraph(next: () => number, words: number): string {
  const out: string[] = [];
  for (let index = 0; index < words; index++) out.push(WORDS[Math.floor(next() * WORDS.length)]);
  return `${out.join(' ')}.`;
}

function agreementFile(index: number, sending: number, receiving: number, year: number, next: () => number): string {
  const status = STATUSES[index % STATUSES.length];
  const model = MODELS[index % MODELS.length];
  const unsigned = status === 'proposed';
  const ended = status === 'ended';
  const src = `[synthetic-source-${index % 5}]`;
  const signed = unsigned ? `{ value: null, applicable: false }` : `{ value: ${year}-03-01, sources: ${src} }`;
  const history = unsigned
    ? `  - { date: ${year}-02-01, status: proposed, sources: ${src} }`
    : `  - { date: ${year}-03-01, status: signed, sources: ${src} }\n  - { date: ${year}-06-01, status: ${status}, sources: ${src} }`;
  const body = ['Background', 'How it works', 'What is disputed', 'Where it stands', 'What is not known']
    // Each section's prose cites two more of the five sources in footnotes, as real accounts do.
    .map((heading, section) => `## ${heading}\n\n${paragraph(next, 45)}[^synthetic-source-${(index + section + 1) % 5}] ${paragraph(next, 20)}[^synthetic-source-${(index + section + 2) % 5}]`)
    .join('\n\n');
  return `---
title: Synthetic agreement ${index} between ${countryId(sending)} and ${countryId(receiving)}
shortTitle: Synthetic ${index} (${year})
summary: >-
  A fictional agreement generated for benchmarks. ${paragraph(next, 30)}
parties: { value: { sending: [${countryId(sending)}], receiving: [${countryId(receiving)}] }, sources: ${src} }
instrument: { value: memorandum-of-understanding, sources: ${src} }
text: { value: { published: ${index % 2 === 0} }, sources: ${src} }
status: { value: ${status}, sources: ${src} }
statusHistory:
${history}
dates:
  announced: { value: ${year}-02-01, sources: ${src} }
  signed: ${signed}
  inForce: { value: null, note: Not reported. }
  firstTransfer: ${unsigned ? '{ value: null, applicable: false }' : `{ value: ${year}-06-01, sources: ${src} }`}
  ended: ${ended ? `{ value: ${year}-09-01, sources: ${src} }` : '{ value: null, applicable: false }'}
model: { value: [${model}], sources: ${src} }
coverage: { value: [criminal-convictions], sources: ${src} }
cap: { value: { count: ${50 + (index % 300)} }, sources: ${src} }
${
  unsigned
    ? ''
    : `transfers:
  - { date: ${year}-06-01, kind: transfer, people: [{ value: { count: ${index % 97} }, sources: ${src} }] }
  - { date: ${status === 'operational' ? 2019 : year}-12-01, kind: tally, people: [{ value: { count: ${(index % 97) + (index % 13)} }, sources: ${src} }] }
`
}payments:
  - { value: { amount: ${(index % 50) * 100000 + 50000}, currency: USD, payer: ${countryId(sending)} }, sources: ${src} }
provisions: { value: [housing, training], sources: ${src} }
asylumAccess: { value: null, note: Not addressed. }
detention: { value: none, sources: ${src} }
monitoring: { value: null, note: None public. }
leverage: { value: [aid], sources: ${src} }
humanRightsConcerns:
  - { value: { raisedBy: A synthetic observer, concern: ${paragraph(next, 10)} }, sources: ${src} }
legalChallenges: [synthetic-case]
relatedAgreements: []
terms: [synthetic-term]
---

${body}
`;
}

/** Files of a synthetic content folder with `count` agreements, as relative path → text. */
export function syntheticContent(count: number): Map<string, string> {
  const next = random(count);
  const files = new Map<string, string>();
  for (let index = 0; index < COUNTRY_COUNT; index++) {
    files.set(
      `countries/${countryId(index)}.md`,
      `---\nname: Synthland ${letters(index).toUpperCase()}\niso2: Q${String.fromCharCode(65 + (index % 26))}\niso3: Q${letters(index).toUpperCase()}\ncontext: A fictional country generated for benchmarks; nothing about it is real.\nsources: [synthetic-source-0]\n---\nFictional.\n`,
    );
  }
  for (let index = 0; index < 5; index++) {
    files.set(
      `sources/synthetic-source-${index}.yaml`,
      `title: Synthetic source ${index}\npublisher: Benchmark Gazette\nurl: https://bench.example.org/${index}\nkind: news\npublished: 2020-01-01\naccessed: 2026-11-27\n`,
    );
  }
  files.set(
    'cases/synthetic-case.md',
    `---\nname: Synthetic v. Benchmark\ncourt: A fictional court\njurisdiction: ${countryId(0)}\ndocket: SYN-1\nevents:\n  - { date: 2020-01-01, event: Filed, sources: [synthetic-source-0] }\noutcome: Nothing was decided; the case is fictional.\nstatus: pending\nsources: [synthetic-source-0]\n---\nFictional.\n`,
  );
  files.set(
    'terms/synthetic-term.md',
    `---\nterm: Synthetic term\ndefinition: A fictional glossary entry generated for benchmarks and nothing else.\nsources: [synthetic-source-0]\n---\nFictional.\n`,
  );
  // Walk sending × receiving × year so every id is unique and follows the naming rule.
  let made = 0;
  for (let year = 2000; made < count; year++) {
    for (let sending = 0; sending < COUNTRY_COUNT && made < count; sending++) {
      for (let receiving = 0; receiving < COUNTRY_COUNT && made < count; receiving++) {
        if (sending === receiving) continue;
        files.set(`agreements/${countryId(sending)}-${countryId(receiving)}-${year}.md`, agreementFile(made, sending, receiving, year, next));
        made++;
      }
    }
  }
  return files;
}
