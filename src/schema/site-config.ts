/**
 * Schema of site.config.json, the one place a copy of this project says where it is published and where its source
 * lives. A fork edits that file (or sets SITE_URL and REPOSITORY_URL); nothing else names an address.
 */
import { z } from 'astro/zod';

export const siteConfigSchema = z.strictObject({
  siteUrl: z
    .url()
    .nullable()
    .describe('The address the site is published at, served from its root, such as "https://owner.github.io" or a domain; null until configured. SITE_URL overrides it.'),
  repositoryUrl: z
    .url()
    .nullable()
    .describe('The source repository on GitHub, such as "https://github.com/owner/name"; edit links and correction forms use it. null until configured. REPOSITORY_URL overrides it.'),
  repositoryBranch: z.string().min(1).describe('The branch edit links and change histories point at, such as "main".'),
});

export type SiteConfig = z.infer<typeof siteConfigSchema>;
