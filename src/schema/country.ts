/** Schema of one country or bloc file (content/countries/<id>.md); the Markdown body gives context. */
import { z } from 'astro/zod';
import { name, sourceId, text } from './common.ts';

export const countrySchema = z
  .strictObject({
    name: name(2, 100).describe('Common English name, such as "Eswatini".'),
    kind: z.enum(['state', 'bloc']).default('state').describe('"state" for a country, "bloc" for a union such as the EU.'),
    shortId: z
      .string()
      .regex(/^[a-z]+$/, { message: 'expected lower-case letters only, such as "us"' })
      .optional()
      .describe('Short form used in agreement ids in place of the full id ("us" for united-states).'),
    iso2: z
      .string()
      .regex(/^[A-Z]{2}$/, { message: 'expected an ISO 3166-1 alpha-2 code such as "RW"' })
      .optional()
      .describe('ISO 3166-1 alpha-2 code; required for a state.'),
    iso3: z
      .string()
      .regex(/^[A-Z]{3}$/, { message: 'expected an ISO 3166-1 alpha-3 code such as "RWA"' })
      .optional()
      .describe('ISO 3166-1 alpha-3 code; required for a state.'),
    otherNames: z.array(name(2, 100)).default([]).describe('Former and alternative names, such as "Swaziland".'),
    context: text(40, 600).describe('Two or three neutral sentences a reader needs first.'),
    sources: z.array(sourceId).min(1).describe('Sources for the context and the body.'),
  })
  .superRefine((country, ctx) => {
    if (country.kind === 'state') {
      for (const key of ['iso2', 'iso3'] as const) {
        if (!country[key]) ctx.addIssue({ code: 'custom', path: [key], message: `expected ${key} for a state` });
      }
    }
  });

export type Country = z.infer<typeof countrySchema>;
