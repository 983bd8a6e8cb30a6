/** Schema of one source (content/sources/<id>.yaml): a page that was read, with where and when. */
import { z } from 'astro/zod';
import { compareDates, fullDate, httpsUrl, name, partialDate } from './common.ts';

export const sourceKinds = ['news', 'government', 'court', 'ngo', 'academic', 'agreement-text', 'international-organisation', 'parliament'] as const;

export const sourceSchema = z
  .strictObject({
    title: name(3, 500).describe('Title of the page or document as published.'),
    publisher: name(2, 300).describe('Who published this copy, such as "Reuters" or "U.S. District Court, D. Mass.".'),
    url: httpsUrl.describe('The address that was read (https only).'),
    kind: z.enum(sourceKinds).describe('What kind of publisher it is.'),
    published: partialDate.nullable().describe('Publication date; null when the page shows none.'),
    accessed: fullDate.describe('When the page was read for this knowledge base.'),
    archivedUrl: httpsUrl.optional().describe('A web-archive copy of the page.'),
    via: name(2, 300)
      .optional()
      .describe('The originating outlet when this page reprints another outlet\'s story, such as "Associated Press".'),
    language: z
      .string()
      .regex(/^[a-z]{2}$/, { message: 'expected a two-letter language code such as "en"' })
      .default('en')
      .describe('Language of the page (ISO 639-1).'),
  })
  .superRefine((source, ctx) => {
    if (source.published && compareDates(source.published, source.accessed) > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['published'],
        message: `expected a publication date on or before the access date (${source.accessed})`,
      });
    }
  });

export type Source = z.infer<typeof sourceSchema>;
