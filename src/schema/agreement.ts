/** Schema of one agreement file (content/agreements/<id>.md): the comparable dimensions, each a sourced fact. */
import { z } from 'astro/zod';
import {
  agreementId,
  caseId,
  compareDates,
  countryId,
  fullDate,
  httpsUrl,
  name,
  partialDate,
  sourceId,
  sourcedFact,
  sourcedReports,
  termId,
  text,
} from './common.ts';
import { clauseAnswers, clauseIds, clauseQuestions, type ClauseId } from './clauses.ts';
import { paymentSchema, transferEventSchema, transferGapsSchema } from './transfers.ts';

export { clauseAnswers, clauseIds, clauseQuestions, type ClauseId } from './clauses.ts';

export const instrumentTypes = [
  'treaty',
  'memorandum-of-understanding',
  'exchange-of-notes',
  'executive-agreement',
  'joint-statement',
  'unpublished-arrangement',
  'proposal',
] as const;

export const agreementStatuses = [
  'reported',
  'proposed',
  'negotiating',
  'signed',
  'operational',
  'dormant',
  'suspended',
  'blocked-by-court',
  'ended',
] as const;

export const agreementModels = [
  'integration',
  'detention',
  'safe-third-country',
  'offshore-processing',
  'transit',
  'readmission',
  'prison-lease',
  'funding-partnership',
  'interception',
  'returns-exchange',
  'wait-abroad',
] as const;

export const coveredGroups = [
  'criminal-convictions',
  'asylum-seekers',
  'third-country-nationals',
  'irregular-arrivals',
  'named-nationalities',
  'alleged-gang-members',
] as const;

export const receivingProvisions = [
  'stipend',
  'housing',
  'job-help',
  'training',
  'healthcare',
  'education',
  'detention',
  'asylum-procedure',
  'legal-status',
] as const;

export const asylumAccessLevels = ['receiving-state-procedure', 'sending-state-procedure', 'none'] as const;

export const detentionKinds = ['none', 'open-centre', 'closed-centre', 'prison'] as const;

export const leverageKinds = ['aid', 'payment', 'visas', 'travel-ban', 'tariffs', 'trade', 'security-cooperation', 'other'] as const;

export const partiesSchema = z.strictObject({
  sending: z.array(countryId).min(1).describe('Countries or blocs that send people.'),
  receiving: z.array(countryId).min(1).describe('Countries that receive them.'),
});

export const textAvailabilities = ['official', 'leaked', 'described', 'not-public'] as const;

export const textPublicationSchema = z.strictObject({
  published: z.boolean().describe('Whether the full text of the agreement is public.'),
  url: httpsUrl.optional().describe('Where the text can be read, when it is public.'),
  availability: z
    .enum(textAvailabilities)
    .optional()
    .describe('How the text is known: published by a party (official), published by others (leaked), only described by officials or reporting (described), or not at all (not-public).'),
  since: partialDate.optional().describe('When the text became public (official publication or leak).'),
  citation: text(2, 200).optional().describe('Gazette, Federal Register or treaty-series citation of the published text, such as "TIAS 19-1115".'),
  languages: z
    .array(z.string().regex(/^[a-z]{2}$/, { message: 'expected a two-letter language code such as "en"' }))
    .optional()
    .describe('Languages of the public text (ISO 639-1).'),
});

export const pinpointSchema = z.strictObject({
  label: text(1, 100).describe('Where in the text: "Art. 5(2)", "para. 12", "p. 4".'),
  url: httpsUrl.optional().describe('A link to that place, or to the text.'),
});

export const clauseValueSchema = z
  .strictObject({
    answer: z.enum(clauseAnswers).describe('What the text says, from the fixed answer set.'),
    basis: z
      .enum(['text', 'reporting'])
      .optional()
      .describe('Coded from the text itself (text) or, where it is not public, from reporting of its terms (reporting).'),
    sources: z.array(sourceId).default([]).describe('Sources for the answer (the text itself first).'),
    pinpoint: pinpointSchema.optional().describe('Where the public text says it.'),
    note: text(1, 600).optional().describe('One short sentence: the condition, the wording, or why it is unknown.'),
  })
  .superRefine((clause, ctx) => {
    if (clause.answer === 'unknown') {
      if (!clause.note) ctx.addIssue({ code: 'custom', path: ['note'], message: 'expected a note saying why the answer is unknown' });
      return;
    }
    if (clause.answer !== 'not-applicable' && !clause.basis) {
      ctx.addIssue({ code: 'custom', path: ['basis'], message: 'expected the basis of the answer: text or reporting' });
    }
    if (clause.answer !== 'not-applicable' && clause.sources.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['sources'], message: 'expected at least one source for the answer' });
    }
    if (clause.pinpoint && clause.sources.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['pinpoint'], message: 'expected the source of the text the pinpoint points into' });
    }
    if (clause.answer === 'conditional' && !clause.note) {
      ctx.addIssue({ code: 'custom', path: ['note'], message: 'expected a note saying what the condition is' });
    }
  });

export const clausesSchema = z.strictObject(
  Object.fromEntries(clauseIds.map((id) => [id, clauseValueSchema.describe(clauseQuestions[id])])) as Record<ClauseId, typeof clauseValueSchema>,
);

export const capSchema = z.strictObject({
  count: z.number().int().positive().describe('The most people the agreement allows.'),
  period: text(1, 100).optional().describe('The period the cap applies to, such as "per year"; omit for a total.'),
});

export const concernSchema = z.strictObject({
  raisedBy: name(1, 300).describe('Who raised the concern (an organisation, court or official).'),
  concern: text(1, 1500).describe('The concern, in neutral words.'),
});

export const statusChangeSchema = z.strictObject({
  date: partialDate.describe('When the status took effect.'),
  status: z.enum(agreementStatuses).describe('The status from that date.'),
  sources: z.array(sourceId).min(1).describe('Sources that report the change.'),
  note: text(1, 1000).optional().describe('What happened.'),
});

const dateFact = sourcedFact(partialDate);

export const agreementDatesSchema = z.strictObject({
  announced: dateFact.describe('When the agreement or its negotiation was first announced or reported.'),
  signed: dateFact.describe('When it was signed.'),
  inForce: dateFact.describe('When it entered into force.'),
  firstTransfer: dateFact.describe('When the first people were transferred under it.'),
  ended: dateFact.describe('When it ended or was terminated.'),
});

export const agreementSchema = z
  .strictObject({
    title: name(5, 300).describe('Full descriptive title, such as "United States–Rwanda deportee resettlement arrangement".'),
    shortTitle: name(3, 40).describe('Short label for tables, such as "US–Rwanda (2025)".'),
    summary: text(80, 1200).describe('One neutral paragraph saying what the agreement is and where it stands.'),
    parties: sourcedFact(partiesSchema).describe('Sending and receiving parties.'),
    instrument: sourcedFact(z.enum(instrumentTypes)).describe('The legal form of the agreement.'),
    text: sourcedFact(textPublicationSchema).describe('Whether the text is public, and where.'),
    status: sourcedFact(z.enum(agreementStatuses)).describe('Current status.'),
    statusHistory: z.array(statusChangeSchema).min(1).describe('Dated status changes, oldest first; the last matches status.'),
    dates: agreementDatesSchema.describe('Key dates.'),
    model: sourcedFact(z.array(z.enum(agreementModels)).min(1)).describe('What kind of arrangement it is; more than one allowed.'),
    coverage: sourcedFact(z.array(z.enum(coveredGroups)).min(1)).describe('Who may be transferred under it.'),
    nationalities: sourcedFact(z.array(name(2, 100)))
      .optional()
      .describe('Nationalities named by the agreement or in reports of transfers.'),
    cap: sourcedFact(capSchema).describe('The largest number of people the agreement allows.'),
    transfers: z
      .array(transferEventSchema)
      .default([])
      .describe('Every reported transfer (and reported cumulative tally), oldest first; the number transferred is derived from them.'),
    transferGaps: transferGapsSchema
      .optional()
      .describe('What is not known about transfers, and why; required when people were transferred but no number is reported.'),
    payments: sourcedReports(paymentSchema).describe('Money paid or pledged, each with its date, kind, payer and recipient; one report per source where they differ.'),
    provisions: sourcedFact(z.array(z.enum(receivingProvisions))).describe('What the receiving state provides to people transferred.'),
    asylumAccess: sourcedFact(z.enum(asylumAccessLevels)).describe('Whether and where transferred people can claim asylum.'),
    detention: sourcedFact(z.enum(detentionKinds)).describe('Whether transferred people are detained on arrival.'),
    monitoring: sourcedFact(text(3, 1000)).describe('Monitoring and oversight of the arrangement, in a short sentence.'),
    leverage: sourcedFact(z.array(z.enum(leverageKinds)).min(1)).describe('Leverage reported in the negotiation (aid, visas, travel-ban threats).'),
    humanRightsConcerns: sourcedReports(concernSchema).describe('Human-rights concerns and who raised them.'),
    clauses: clausesSchema
      .optional()
      .describe('What the text says, question by question, each answer from a fixed set with its sources and, where the text is public, a pinpoint.'),
    legalChallenges: z.array(caseId).default([]).describe('Court cases about the agreement (ids in content/cases/).'),
    relatedAgreements: z.array(agreementId).default([]).describe('Other agreements this one should be read with.'),
    terms: z.array(termId).default([]).describe('Glossary terms a reader of this agreement needs.'),
    lastReviewed: fullDate
      .optional()
      .describe(
        'When a maintainer re-checked every fact of this file against its sources; omit unless that was done. How current the entry is comes from its sources (sourcesThrough), not from this date.',
      ),
  })
  .superRefine((agreement, ctx) => {
    const order = ['announced', 'signed', 'inForce', 'ended'] as const;
    for (let i = 0; i < order.length; i++) {
      for (let j = i + 1; j < order.length; j++) {
        const earlier = agreement.dates[order[i]].value;
        const later = agreement.dates[order[j]].value;
        if (earlier && later && compareDates(earlier, later) > 0) {
          ctx.addIssue({
            code: 'custom',
            path: ['dates', order[j], 'value'],
            message: `expected ${order[j]} (${later}) on or after ${order[i]} (${earlier})`,
          });
        }
      }
    }
    const firstTransfer = agreement.dates.firstTransfer.value;
    const ended = agreement.dates.ended.value;
    if (firstTransfer && ended && compareDates(firstTransfer, ended) > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['dates', 'firstTransfer', 'value'],
        message: `expected firstTransfer (${firstTransfer}) on or before ended (${ended})`,
      });
    }

    const status = agreement.status.value;
    const unsigned = status === 'reported' || status === 'proposed' || status === 'negotiating';
    if (unsigned) {
      for (const key of ['signed', 'inForce', 'firstTransfer'] as const) {
        if (agreement.dates[key].value) {
          ctx.addIssue({
            code: 'custom',
            path: ['dates', key, 'value'],
            message: `expected no ${key} date while status is "${status}" (a dated ${key} means the status moved on)`,
          });
        }
      }
    }
    if (ended && status !== 'ended') {
      ctx.addIssue({
        code: 'custom',
        path: ['status', 'value'],
        message: `expected status "ended" because dates.ended is ${ended}`,
      });
    }
    if (status === 'ended' && agreement.dates.ended.applicable === false) {
      ctx.addIssue({
        code: 'custom',
        path: ['dates', 'ended', 'applicable'],
        message: 'expected an end date (or null with a note) for an agreement whose status is "ended"',
      });
    }

    const history = agreement.statusHistory;
    for (let i = 1; i < history.length; i++) {
      if (compareDates(history[i - 1].date, history[i].date) > 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['statusHistory', i, 'date'],
          message: `expected status changes oldest first (${history[i].date} comes before ${history[i - 1].date})`,
        });
      }
    }
    const transfers = agreement.transfers;
    for (let i = 1; i < transfers.length; i++) {
      if (compareDates(transfers[i - 1].date, transfers[i].date) > 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['transfers', i, 'date'],
          message: `expected transfers oldest first (${transfers[i].date} comes before ${transfers[i - 1].date})`,
        });
      }
    }
    const latest = history.at(-1);
    if (latest && status && latest.status !== status) {
      ctx.addIssue({
        code: 'custom',
        path: ['statusHistory', history.length - 1, 'status'],
        message: `expected the latest status change to be "${status}", the current status`,
      });
    }
  });

export type Agreement = z.infer<typeof agreementSchema>;
export type AgreementStatus = (typeof agreementStatuses)[number];
export type AgreementModel = (typeof agreementModels)[number];
