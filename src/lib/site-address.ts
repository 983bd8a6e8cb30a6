/**
 * Where this copy of the site is published and where its source lives: read from site.config.json, overridden by
 * SITE_URL and REPOSITORY_URL, and, inside GitHub Actions, the repository the workflow runs in. Canonical URLs,
 * citations, the sitemap, the feed and "report a correction" all take their address from here.
 *
 * A build that would publish a placeholder or no address at all must stop: a page cited with a made-up address
 * cannot be found again. Development and type checks run with a local address instead.
 */
import type { SiteConfig } from '../schema/site-config.ts';

export type SiteAddress = { siteUrl: string; repositoryUrl: string; repositoryBranch: string };

export type ResolvedAddress = {
  /** The configured address, or the local one when nothing (valid) is configured. */
  address: SiteAddress;
  /** Why this address may not be published; empty when it may. */
  problems: string[];
};

type Environment = Record<string, string | undefined>;

/** Used by `astro dev` and `astro check` when nothing is configured; a build never publishes it. */
export const LOCAL_ADDRESS: SiteAddress = {
  siteUrl: 'http://localhost:4321/',
  repositoryUrl: 'https://github.com/REPOSITORY-NOT-CONFIGURED/REPOSITORY-NOT-CONFIGURED',
  repositoryBranch: 'main',
};

// Names reserved for documentation and testing (RFC 2606, RFC 6761) that nobody can publish at.
const PLACEHOLDER_HOST = /(^|\.)(example\.(org|com|net)|example|invalid)$/i;
const LOOPBACK_HOST = /^(localhost|127\.0\.0\.1|\[::1\])$/;

const HOW_TO = 'Set "siteUrl" and "repositoryUrl" in site.config.json, or the SITE_URL and REPOSITORY_URL environment variables (README, "Publishing a copy").';

function checkSiteUrl(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `The site address "${value}" is not a URL.`;
  }
  if (PLACEHOLDER_HOST.test(url.hostname)) return `The site address "${value}" is a placeholder (example.org, .example and .invalid are reserved names nobody publishes at).`;
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK_HOST.test(url.hostname))) {
    return `The site address "${value}" must start with https:// (http:// is accepted only for a local preview on localhost).`;
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    return `The site address "${value}" has a path; the site is served from the root of its address (a domain, or a user or organisation Pages site such as https://owner.github.io).`;
  }
  return undefined;
}

function checkRepositoryUrl(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `The repository address "${value}" is not a URL.`;
  }
  if (PLACEHOLDER_HOST.test(url.hostname) || url.protocol !== 'https:' || url.pathname.split('/').filter(Boolean).length !== 2) {
    return `The repository address "${value}" should be the repository's https address, such as https://github.com/owner/name.`;
  }
  return undefined;
}

/** The address to build with and whether it may be published; pure, so the rule is tested without a build. */
export function resolveSiteAddress(config: SiteConfig, env: Environment): ResolvedAddress {
  const problems: string[] = [];
  const siteUrl = env.SITE_URL || config.siteUrl;
  const fromActions = env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}` : undefined;
  const repositoryUrl = env.REPOSITORY_URL || config.repositoryUrl || fromActions;
  const siteProblem = siteUrl ? checkSiteUrl(siteUrl) : 'No site address is configured.';
  // A preview on this machine publishes nothing, so it may go without a repository (its edit links lead nowhere).
  const localPreview = Boolean(siteUrl && !siteProblem && LOOPBACK_HOST.test(new URL(siteUrl).hostname));
  const repositoryProblem = repositoryUrl ? checkRepositoryUrl(repositoryUrl) : localPreview ? undefined : 'No repository address is configured.';
  if (siteProblem) problems.push(siteProblem);
  if (repositoryProblem) problems.push(repositoryProblem);
  if (problems.length) problems.push(HOW_TO);
  return {
    address: {
      siteUrl: siteUrl && !siteProblem ? new URL(siteUrl).href : LOCAL_ADDRESS.siteUrl,
      repositoryUrl: repositoryUrl && !repositoryProblem ? repositoryUrl.replace(/\/+$/, '') : LOCAL_ADDRESS.repositoryUrl,
      repositoryBranch: config.repositoryBranch,
    },
    problems,
  };
}

/** The message a build stops with when its address may not be published. */
export function unpublishableMessage(problems: string[]): string {
  return `This build would publish an address readers cannot use:\n  ${problems.join('\n  ')}`;
}
