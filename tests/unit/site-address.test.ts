import { describe, expect, it } from 'vitest';
import { LOCAL_ADDRESS, resolveSiteAddress } from '../../src/lib/site-address.ts';
import type { SiteConfig } from '../../src/schema/site-config.ts';

const unconfigured: SiteConfig = { siteUrl: null, repositoryUrl: null, repositoryBranch: 'main' };
const configured: SiteConfig = { siteUrl: 'https://agreements.org', repositoryUrl: 'https://github.com/owner/kb', repositoryBranch: 'main' };

describe('the site address', () => {
  it('is publishable when site.config.json names the site and the repository', () => {
    const { address, problems } = resolveSiteAddress(configured, {});
    expect(problems).toEqual([]);
    expect(address).toEqual({ siteUrl: 'https://agreements.org/', repositoryUrl: 'https://github.com/owner/kb', repositoryBranch: 'main' });
  });

  it('takes SITE_URL and REPOSITORY_URL over the file, so a fork or a workflow overrides it', () => {
    const { address, problems } = resolveSiteAddress(configured, { SITE_URL: 'https://fork.github.io', REPOSITORY_URL: 'https://github.com/fork/kb/' });
    expect(problems).toEqual([]);
    expect(address.siteUrl).toBe('https://fork.github.io/');
    expect(address.repositoryUrl).toBe('https://github.com/fork/kb');
  });

  it('finds the repository a GitHub workflow runs in', () => {
    const { address, problems } = resolveSiteAddress(unconfigured, { SITE_URL: 'https://owner.github.io', GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'owner/owner.github.io' });
    expect(problems).toEqual([]);
    expect(address.repositoryUrl).toBe('https://github.com/owner/owner.github.io');
  });

  it('may not be published when nothing is configured, and says how to configure it', () => {
    const { address, problems } = resolveSiteAddress(unconfigured, {});
    expect(problems.join('\n')).toMatch(/No site address is configured[\s\S]*No repository address[\s\S]*site\.config\.json[\s\S]*SITE_URL/);
    expect(address).toEqual(LOCAL_ADDRESS);
  });

  it.each([
    ['https://migration-agreements.example.org', /placeholder/],
    ['https://docs.example', /placeholder/],
    ['http://agreements.org', /https:\/\//],
    ['https://owner.github.io/kb/', /has a path/],
    ['not a url', /not a URL/],
  ])('refuses %s as a site address', (siteUrl, message) => {
    const { address, problems } = resolveSiteAddress({ ...configured, siteUrl }, {});
    expect(problems[0]).toMatch(message);
    expect(address.siteUrl).toBe(LOCAL_ADDRESS.siteUrl);
  });

  it('refuses a repository address that is not a repository', () => {
    expect(resolveSiteAddress({ ...configured, repositoryUrl: 'https://github.com/owner' }, {}).problems[0]).toMatch(/repository's https address/);
  });

  it('lets a preview on this machine go without a repository', () => {
    const { address, problems } = resolveSiteAddress(unconfigured, { SITE_URL: 'http://127.0.0.1:4321' });
    expect(problems).toEqual([]);
    expect(address.siteUrl).toBe('http://127.0.0.1:4321/');
  });
});
