/**
 * Building blocks shared by every collection schema: ids, dates, URLs and the sourced-fact wrapper.
 * Pure TypeScript with zod from `astro/zod`, so tests and scripts import it without Astro running.
 * Each field's `.describe()` text is its documentation: it is what editors show from the JSON Schema.
 */
import { z } from 'astro/zod';
import { isRealDate } from './dates.ts';

export { compareDates, isRealDate, PARTIAL_DATE } from './dates.ts';

/**
 * Characters that change how text is displayed without being seen: bidirectional controls (which can make a
 * reviewer read one thing while the page shows another, the "Trojan Source" trick) and, in names and titles,
 * zero-width characters (which make two names that look alike differ).
 */
export const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/;
const C0_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** The first character of `text` that `pattern` matches, as a reader can look it up ("U+202E"). */
export const codePoint = (text: string, pattern: RegExp) => {
  const found = pattern.exec(text)?.[0] ?? '';
  return `U+${found.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
};

/**
 * Free text of a field: between `min` and `max` characters (a limit on every string keeps a 1 MB field out of the
 * build), with no invisible bidirectional or control characters.
 */
export const text = (min: number, max: number) =>
  z
    .string()
    .min(min)
    .max(max)
    .superRefine((value, ctx) => {
      if (BIDI_CONTROLS.test(value)) {
        ctx.addIssue({ code: 'custom', message: `contains an invisible bidirectional control character (${codePoint(value, BIDI_CONTROLS)}); delete it` });
      } else if (C0_CONTROLS.test(value)) {
        ctx.addIssue({ code: 'custom', message: `contains an invisible control character (${codePoint(value, C0_CONTROLS)}); delete it` });
      }
    });

/** A title or name: {@link text}, and no zero-width characters either. */
export const name = (min: number, max: number) =>
  text(min, max).refine((value) => !ZERO_WIDTH.test(value), {
    message: 'contains an invisible zero-width character; delete it (names must look the way they are spelt)',
  });

/** Lower-case kebab-case, the id form of every collection except agreements, which add a year. */
export const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const kebabId = (what: string) =>
  z
    .string()
    .regex(KEBAB_ID, { message: `expected the id of a ${what}: lower-case kebab-case such as "el-salvador"` })
    .describe(`Id of a ${what} (its file name without extension).`);

export const countryId = kebabId('country').describe('Id of an entry in content/countries/.');
export const sourceId = kebabId('source').describe('Id of an entry in content/sources/.');
export const caseId = kebabId('case').describe('Id of an entry in content/cases/.');
export const termId = kebabId('term').describe('Id of an entry in content/terms/.');
export const agreementId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*-\d{4}$/, {
    message: 'expected an agreement id "<sending>-<receiving>-<year>" such as "us-rwanda-2025"',
  })
  .describe('Id of an entry in content/agreements/, "<sending>-<receiving>-<year>".');

/**
 * A calendar date at the precision the sources give: "2025", "2025-06" or "2025-06-15".
 * YAML parsers turn a bare full date into a Date object; it is folded back into the same string form
 * so every consumer sees one representation.
 */
export const partialDate = z
  .preprocess(
    (input) => (input instanceof Date && !Number.isNaN(input.getTime()) ? input.toISOString().slice(0, 10) : input),
    z.string().refine(isRealDate, {
      message: 'expected a real date written YYYY-MM-DD (or YYYY-MM, or YYYY when only that is known)',
    }),
  )
  .describe('A date as YYYY-MM-DD, or YYYY-MM / YYYY when the sources give no more.');

/** A full day, for dates we know exactly because we set them (review and access dates). */
export const fullDate = partialDate.refine((d) => d.length === 10, {
  message: 'expected a full date written YYYY-MM-DD',
});

export const httpsUrl = z
  .url({ message: 'expected a web address' })
  .max(2000, { message: 'expected a web address of at most 2000 characters' })
  .refine((u) => u.startsWith('https://'), { message: 'expected an https:// address (http:// is not accepted)' })
  .describe('An https:// address.');

/**
 * The sourced fact: every comparable value is `{ value, sources, note? }`.
 * - a value cites at least one source;
 * - `value: null` means unknown and must say why in `note` ("not disclosed");
 * - `applicable: false` means the question does not arise (no transfer date for a deal that never ran).
 * Unknown and not-applicable are different answers from "no", and every view shows them differently.
 */
export function sourcedFact<T extends z.ZodType>(inner: T) {
  return z
    .strictObject({
      value: inner.nullable().describe('The value; null when it is unknown or does not apply.'),
      sources: z.array(sourceId).default([]).describe('Sources that state this value (ids in content/sources/).'),
      note: text(1, 2000).optional().describe('Context; required when the value is unknown.'),
      applicable: z
        .boolean()
        .optional()
        .describe('Set false when the question does not arise for this agreement (value must then be null).'),
    })
    .superRefine((parsed, ctx) => {
      // The generic inner type hides `value` from the checker; the runtime shape is the SourcedFact below.
      const fact = parsed as SourcedFact<unknown>;
      if (fact.applicable === false) {
        if (fact.value !== null) {
          ctx.addIssue({ code: 'custom', path: ['value'], message: 'expected null when applicable is false' });
        }
        return;
      }
      if (fact.value === null && !fact.note) {
        ctx.addIssue({
          code: 'custom',
          path: ['note'],
          message: 'expected a note saying why the value is unknown (for example "not disclosed")',
        });
      }
      if (fact.value !== null && fact.sources.length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['sources'],
          message: 'expected at least one source for a known value',
        });
      }
    });
}

/**
 * Several sourced reports of one thing, for values on which sources disagree (payments, numbers transferred).
 * Each report keeps its own sources; reports are never merged or averaged.
 */
export function sourcedReports<T extends z.ZodType>(inner: T) {
  return z.array(sourcedFact(inner)).min(1, { message: 'expected at least one report (use value: null with a note when unknown)' });
}

export type SourcedFact<T> = {
  value: T | null;
  sources: string[];
  note?: string;
  applicable?: boolean;
};
