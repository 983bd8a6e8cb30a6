/**
 * Every bad fixture in tests/fixtures/invalid-content fails for its own reason, naming its own file and field; one
 * run over all of them lists every one. Each fixture is the valid fixture set plus exactly one mistake.
 */
import { describe, expect, it } from 'vitest';
import { readContent, type ContentFile } from '../../../src/lib/content-files.ts';
import { validateContent } from '../../../src/lib/validation/index.ts';

const validFiles = readContent('tests/fixtures/valid-content');
const invalidFiles = readContent('tests/fixtures/invalid-content');
const DIR = 'tests/fixtures/invalid-content';

/** fixture path → [field named in the error, words the message must contain, whether a line number is expected]. */
const expectations: Record<string, [field: string, message: RegExp, line?: boolean]> = {
  'agreements/testland-examplia-1991.md': ['summary', /missing required field/, true],
  'agreements/testland-examplia-1992.md': ['stipned', /unknown field "stipned"/, true],
  'agreements/testland-examplia-1993.md': ['statsu', /unknown field "statsu".*Did you mean "status"\?/, true],
  'agreements/testland-examplia-1994.md': ['status.value', /expected one of: reported, proposed.*\(found "active"\)/, true],
  'agreements/testland-examplia-1995.md': ['dates.signed.value', /real date/, true],
  'agreements/testland-examplia-1996.md': ['dates.signed.value', /on or after announced/, true],
  'agreements/testland-examplia-1997.md': ['dates.inForce.note', /expected a note saying why the value is unknown/, true],
  'agreements/testland-examplia-1998.md': ['detention.sources', /at least one source/, true],
  'agreements/testland-exampla-2019.md': ['parties.value.receiving[0]', /unknown country "exampla".*Did you mean "examplia"\?/, true],
  'agreements/testland-examplia-2000.md': ['leverage.sources[0]', /unknown source "gazete-2025-01-10-testland-deal".*Did you mean "gazette-2025-01-10-testland-deal"\?/, true],
  'agreements/testland-examplia-2001.md': ['legalChallenges[0]', /unknown case "doe-v-ministery".*Did you mean "doe-v-ministry"\?/, true],
  'agreements/Testland_Examplia_2025.md': ['(file name)', /lower-case kebab-case/],
  'agreements/testland-nowhere-2002.md': ['(file name)', /start with a sending party \(testland or tl\) then a receiving party \(examplia\)/],
  'agreements/testland-examplia-1980.md': ['(file name)', /year announced or signed \(2003\), found 1980/],
  'agreements/testland-examplia-2005.md': ['dates.signed.value', /no signed date while status is "proposed"/, true],
  'agreements/testland-examplia-2006.md': ['status.value', /expected status "ended" because dates.ended is 2030-01-01/, true],
  'agreements/testland-examplia-2007.md': ['statusHistory[2].status', /latest status change to be "blocked-by-court"/, true],
  'agreements/testland-examplia-2008.md': ['cap.value.count', /expected number, found string "two hundred"/, true],
  'agreements/testland-examplia-2009.md': ['transfers[0].people[0].value.count', /expected a number >= 0/, true],
  'agreements/testland-examplia-2010.md': ['payments[0].value.currency', /ISO 4217/, true],
  'agreements/testland-examplia-2011.md': ['dates.ended.value', /expected null when applicable is false/, true],
  'agreements/testland-examplia-2012.md': ['(body)', /raw HTML <script>/, true],
  'agreements/testland-examplia-2013.md': ['(body)', /"javascript:" address is not allowed/, true],
  'agreements/testland-examplia-2014.md': ['status.value', /other than "operational": the newest transfer report \(30 June 2014\) is more than 6 months older than the newest source \(20 June 2025\)/, true],
  'agreements/testland-examplia-2015.md': ['(body)', /footnote \[\^gazete-2025-01-10-testland-deal\] names no source.*Did you mean "gazette-2025-01-10-testland-deal"\?/, true],
  'agreements/testland-examplia-2016.md': ['(body)', /footnote definition .* is not used here/, true],
  'agreements/testland-examplia-2017.md': ['lastReviewed', /review date on or before today/, true],
  'agreements/testland-examplia-2020.md': ['clauses.dispute-settlement.answer', /expected one of: yes, no, conditional, not-in-text, text-not-public, not-applicable, unknown \(found "maybe"\)/, true],
  'agreements/testland-examplia-2021.md': ['clauses.dispute-settlement.pinpoint', /expected the source of the text the pinpoint points into/, true],
  'agreements/testland-examplia-2023.md': ['transfers[0].date', /expected no transfer before the first transfer \(June 2023\)/, true],
  'agreements/testland-examplia-2024.md': ['transfers[0].onward[0].date', /expected the onward removal on or after the transfer it follows \(30 June 2024\)/, true],
  'agreements/testland-examplia-2026.md': ['dates.firstTransfer.value', /expected the transfers this date starts/, true],
  'agreements/testland-examplia-2022.md': ['(body)', /expected an account of 200–500 words \(found \d+\)/, true],
  'agreements/testland-examplia-1970.md': ['(file)', /expected YAML frontmatter/, true],
  'agreements/testland-examplia-1971.md': ['(file)', /the file is empty/, true],
  'agreements/testland-examplia-1972.md': ['(file)', /the YAML could not be read/, true],
  'agreements/testland-examplia-1973.mdx': ['(file)', /expected a \.md file.*MDX/],
  'sources/http-url.yaml': ['url', /https:\/\/ address/, true],
  'sources/published-after-access.yaml': ['published', /on or before the access date/, true],
  'sources/wrong-kind.yaml': ['kind', /expected one of: news, government/, true],
  'sources/never-cited.yaml': ['(file)', /not cited by any/],
  'sources/missing-access-date.yaml': ['accessed', /missing required field/, true],
  'countries/missing-iso3.md': ['iso3', /expected iso3 for a state/, true],
  'countries/lowercase-iso2.md': ['iso2', /ISO 3166-1 alpha-2/, true],
  'countries/testland.md': ['(file name)', /duplicate id "testland"/],
  'terms/no-sources.md': ['sources', /missing required field/, true],
  'terms/dangling-related.md': ['related[0]', /unknown term "refugee-convention"/, true],
  'terms/iframe-in-body.md': ['(body)', /raw HTML <iframe>/, true],
  'terms/onclick-attribute.md': ['(body)', /event-handler attribute/, true],
  'cases/events-out-of-order.md': ['events[1].date', /oldest first/, true],
  'cases/unknown-docket-without-note.md': ['note', /why the docket number is unknown/, true],
  'cases/duplicate-key.md': ['(file)', /duplicated mapping key/, true],
};

const fileAt = (relative: string): ContentFile => {
  const file = invalidFiles.find((candidate) => candidate.path === `${DIR}/${relative}`);
  if (!file) throw new Error(`fixture ${relative} is missing`);
  return file;
};

describe('invalid content fixtures', () => {
  it('has an expectation for every fixture file, and at least 25 of them', () => {
    const onDisk = invalidFiles.map((file) => file.path.slice(DIR.length + 1)).sort();
    expect(onDisk).toEqual(Object.keys(expectations).sort());
    expect(onDisk.length).toBeGreaterThanOrEqual(25);
  });

  it('starts from a valid fixture set', () => {
    expect(validateContent(validFiles).errors).toEqual([]);
  });

  for (const [relative, [field, message, hasLine]] of Object.entries(expectations)) {
    it(`${relative} fails at ${field}`, () => {
      const { errors } = validateContent([...validFiles, fileAt(relative)]);
      // The mistake is reported in the fixture itself, never blamed on a valid file.
      expect(errors.length).toBeGreaterThan(0);
      expect(errors.every((error) => error.file === `${DIR}/${relative}`)).toBe(true);
      const match = errors.find((error) => error.field === field && message.test(error.message));
      expect(match, `no error at ${field} matching ${message}; got:\n${errors.map((e) => `${e.field} ${e.message}`).join('\n')}`).toBeDefined();
      if (hasLine) expect(match!.line).toBeGreaterThan(0);
    });
  }

  it('lists every fixture in one run over all of them', () => {
    const { errors } = validateContent([...validFiles, ...invalidFiles]);
    const filesWithErrors = new Set(errors.map((error) => error.file));
    for (const relative of Object.keys(expectations)) expect(filesWithErrors).toContain(`${DIR}/${relative}`);
  });
});
