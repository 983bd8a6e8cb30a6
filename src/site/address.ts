/**
 * This copy's address, resolved once from site.config.json (at the repository root, where every command runs) and
 * the environment; astro.config.mjs, the layouts and the correction links all read it from here.
 */
import { readFileSync } from 'node:fs';
import { siteConfigSchema } from '../schema/site-config.ts';
import { resolveSiteAddress } from '../lib/site-address.ts';

const config = siteConfigSchema.parse(JSON.parse(readFileSync('site.config.json', 'utf8')));

export const { address: siteAddress, problems: siteAddressProblems } = resolveSiteAddress(config, process.env);
