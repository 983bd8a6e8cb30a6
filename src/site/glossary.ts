/** The glossary as prose links need it: one matcher for the whole build, from the terms collection. */
import { TermMatcher } from '../lib/term-links.ts';
import { siteData } from './data.ts';

let cached: Promise<TermMatcher> | undefined;

export function glossaryMatcher(): Promise<TermMatcher> {
  cached ??= siteData().then(
    ({ terms }) =>
      new TermMatcher(
        terms.map(({ id, data }) => ({ id, names: [data.term, ...data.aliases, ...data.abbreviations], definition: data.definition })),
      ),
  );
  return cached;
}
