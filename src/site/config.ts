/** Site-wide settings the views share. The repository URL lives here once: edit links and correction forms use it. */
export const siteName = 'Migration Agreements Compared';
export const siteTagline = 'An open, sourced knowledge base comparing bilateral migration agreements';
export const repositoryUrl = 'https://github.com/migration-agreements/knowledge-base';
export const repositoryBranch = 'main';

/** Main navigation, in reading order. */
export const navigation: { href: string; label: string }[] = [
  { href: '/agreements/', label: 'Agreements' },
  { href: '/compare/', label: 'Compare' },
  { href: '/timeline/', label: 'Timeline' },
  { href: '/map/', label: 'Map' },
  { href: '/terms/', label: 'Glossary' },
  { href: '/countries/', label: 'Countries' },
  { href: '/cases/', label: 'Cases' },
  { href: '/data/', label: 'Data' },
  { href: '/about/', label: 'About' },
];
