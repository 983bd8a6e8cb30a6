/** Site-wide settings the views share. The repository's address comes from site.config.json (src/site/address.ts). */
import { siteAddress } from './address.ts';

export const siteName = 'Migration Agreements Compared';
export const siteTagline = 'An open, sourced knowledge base comparing bilateral migration agreements';
export const { repositoryUrl, repositoryBranch } = siteAddress;

/** Main navigation, in reading order. */
export const navigation: { href: string; label: string }[] = [
  { href: '/agreements/', label: 'Agreements' },
  { href: '/compare/', label: 'Compare' },
  { href: '/transfers/', label: 'Transfers' },
  { href: '/timeline/', label: 'Timeline' },
  { href: '/map/', label: 'Map' },
  { href: '/terms/', label: 'Glossary' },
  { href: '/countries/', label: 'Countries' },
  { href: '/cases/', label: 'Cases' },
  { href: '/data/', label: 'Data' },
  { href: '/about/', label: 'About' },
];
