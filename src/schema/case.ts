/** Schema of one legal challenge (content/cases/<id>.md); the Markdown body explains what was decided. */
import { z } from 'astro/zod';
import { agreementId, compareDates, countryId, name, partialDate, sourceId, text } from './common.ts';

export const caseStatuses = ['pending', 'decided', 'on-appeal', 'closed'] as const;

export const caseEventSchema = z.strictObject({
  date: partialDate.describe('When it happened.'),
  event: text(3, 600).describe('What happened, such as "Preliminary injunction granted".'),
  sources: z.array(sourceId).min(1).describe('Sources that report it.'),
});

export const caseSchema = z
  .strictObject({
    name: name(3, 300).describe('Case name as courts cite it, such as "D.V.D. v. Department of Homeland Security".'),
    citation: text(2, 200).optional().describe('Neutral or reporter citation, such as "[2023] UKSC 42".'),
    court: name(3, 300).describe('The court that decided or is hearing the case.'),
    jurisdiction: countryId.describe('Country or bloc whose court it is.'),
    docket: text(1, 200)
      .nullable()
      .describe('Docket or case number, such as "1:25-cv-10676"; null when not found (say so in note).'),
    judges: z.array(name(3, 120)).default([]).describe('Judges named in the sources.'),
    events: z.array(caseEventSchema).min(1).describe('Dated steps in the case, oldest first.'),
    outcome: text(10, 1500).describe('What has been decided so far, in one or two neutral sentences.'),
    status: z.enum(caseStatuses).describe('Where the case stands.'),
    agreements: z.array(agreementId).default([]).describe('Agreements the case concerns.'),
    note: text(3, 2000).optional().describe('Anything a reader should know about gaps in the record.'),
    sources: z.array(sourceId).min(1).describe('Sources for the case as a whole (court documents first).'),
  })
  .superRefine((legalCase, ctx) => {
    for (let i = 1; i < legalCase.events.length; i++) {
      if (compareDates(legalCase.events[i - 1].date, legalCase.events[i].date) > 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['events', i, 'date'],
          message: `expected events oldest first (${legalCase.events[i].date} comes before ${legalCase.events[i - 1].date})`,
        });
      }
    }
    if (legalCase.docket === null && !legalCase.note) {
      ctx.addIssue({ code: 'custom', path: ['note'], message: 'expected a note saying why the docket number is unknown' });
    }
  });

export type LegalCase = z.infer<typeof caseSchema>;
