/**
 * Transfers and payments as data: each reported transfer (a flight, a boat, a group handed over, one person) and each
 * reported payment is a record in its agreement's file. An agreement's totals are derived from these records
 * (src/lib/transfers/), never typed a second time.
 */
import { z } from 'astro/zod';
import { countryId, name, partialDate, sourceId, sourcedReports, text } from './common.ts';

export const headcountQualifiers = ['at-least', 'about'] as const;

/**
 * A number of people as a source gives it: exactly `count`, "at least" or "about" `count` (`qualifier`), or a range
 * from `count` to `max` ("30–40").
 */
export const headcountSchema = z
  .strictObject({
    count: z.number().int().nonnegative().describe('The number of people; the lower end when a range is given.'),
    qualifier: z
      .enum(headcountQualifiers)
      .optional()
      .describe('"at-least" when the source gives a floor, "about" when it gives an estimate; omit for an exact count.'),
    max: z.number().int().positive().optional().describe('The upper end when the source gives a range ("30–40").'),
  })
  .superRefine((headcount, ctx) => {
    if (headcount.max !== undefined && headcount.max <= headcount.count) {
      ctx.addIssue({ code: 'custom', path: ['max'], message: `expected the upper end of the range (${headcount.max}) above its lower end (${headcount.count})` });
    }
    if (headcount.max !== undefined && headcount.qualifier) {
      ctx.addIssue({ code: 'custom', path: ['qualifier'], message: 'expected either a range (max) or a qualifier, not both' });
    }
  });

export const transferKinds = ['transfer', 'tally'] as const;

export const onwardRemovalSchema = z.strictObject({
  date: partialDate.describe('When the people were moved on from the receiving country.'),
  people: headcountSchema.optional().describe('How many; omit when the sources do not say.'),
  to: name(2, 200).describe('Where they were sent: a country, or "their countries of origin".'),
  sources: z.array(sourceId).min(1).describe('Sources that report the onward removal.'),
  note: text(1, 1000).optional().describe('What happened, in a short sentence.'),
});

export const transferEventSchema = z.strictObject({
  date: partialDate.describe('When it happened, as precisely as the sources give it (YYYY-MM-DD, YYYY-MM or YYYY).'),
  approximate: z.boolean().optional().describe('True when the sources give the date only roughly ("early August").'),
  kind: z
    .enum(transferKinds)
    .default('transfer')
    .describe('"transfer": one group moved on that date; "tally": a cumulative total reported as of that date (everyone sent so far).'),
  since: partialDate
    .optional()
    .describe(
      'For a tally that counts only one phase (people sent from this date on, such as to one centre once it opened): the date its count starts. Omit when the tally counts everyone sent under the agreement.',
    ),
  people: sourcedReports(headcountSchema).describe(
    'How many people; one report per source where they differ (value null with a note when the number is not reported).',
  ),
  nationalities: z.array(name(2, 100)).optional().describe('Nationalities of the people moved, where reported.'),
  heldAt: text(2, 300).optional().describe('Where they were held or released on arrival, where reported.'),
  onward: z.array(onwardRemovalSchema).default([]).describe('Later removals of some of them to another country, each with its own date.'),
  note: text(1, 1000).optional().describe('Context a reader needs, in a short sentence.'),
});

export const transferGapsSchema = z.strictObject({
  note: text(3, 2000).describe('What is not known about transfers under the agreement, and why.'),
  sources: z.array(sourceId).default([]).describe('Sources that say so.'),
});

export const paymentKinds = ['lump-sum', 'per-person', 'grant', 'in-kind', 'reimbursement', 'budget'] as const;
export const paymentStages = ['pledged', 'paid'] as const;

export const paymentSchema = z.strictObject({
  amount: z.number().positive().describe('Amount in the currency given, as a plain number (8000000, not "8m").'),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, { message: 'expected an ISO 4217 currency code such as "USD"' })
    .describe('ISO 4217 currency code.'),
  payer: countryId.describe('Who pays.'),
  recipient: countryId.optional().describe('Who receives the money; omit when it is the receiving party.'),
  kind: z
    .enum(paymentKinds)
    .optional()
    .describe(
      'What it is: a lump sum, an amount per person transferred, a grant for a programme, goods or services (in-kind), a reimbursement of costs, or a budget line.',
    ),
  stage: z.enum(paymentStages).optional().describe('Whether the sources report the money as pledged or as paid; omit when they do not say.'),
  date: partialDate.optional().describe('When it was agreed, pledged or paid, as the sources give it.'),
  purpose: text(1, 500).optional().describe('What the money is for, as the source describes it.'),
});

export type Headcount = z.infer<typeof headcountSchema>;
export type TransferEvent = z.infer<typeof transferEventSchema>;
export type OnwardRemoval = z.infer<typeof onwardRemovalSchema>;
export type Payment = z.infer<typeof paymentSchema>;
export type PaymentKind = (typeof paymentKinds)[number];
