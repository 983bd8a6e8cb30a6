/**
 * The address every test build is made with: configured as a release would be, at names reserved for testing
 * (RFC 6761 `.test`), so a test never depends on a fork's site.config.json and never publishes anything.
 */
export const testAddressEnvironment = {
  SITE_URL: 'https://migration-agreements.test/',
  REPOSITORY_URL: 'https://git.migration-agreements.test/maintainers/knowledge-base',
} as const;
