/** Schema of one glossary term (content/terms/<id>.md); the Markdown body is the longer explanation. */
import { z } from 'astro/zod';
import { agreementId, caseId, name, sourceId, termId, text } from './common.ts';

export const termSchema = z.strictObject({
  term: name(2, 120).describe('The term as students meet it, such as "Non-refoulement".'),
  aliases: z.array(name(2, 120)).default([]).describe('Other names and spellings ("externalization").'),
  abbreviations: z.array(name(2, 40)).default([]).describe('Abbreviations, such as "STCA".'),
  definition: text(30, 400).describe('One or two plain sentences a first-year student understands.'),
  related: z.array(termId).default([]).describe('Related glossary terms.'),
  agreements: z.array(agreementId).default([]).describe('Agreements where the term matters most.'),
  cases: z.array(caseId).default([]).describe('Court cases where the term matters most.'),
  sources: z.array(sourceId).min(1).describe('Sources for the definition and the explanation.'),
});

export type Term = z.infer<typeof termSchema>;
