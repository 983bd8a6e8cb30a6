/**
 * Facts about this build that the content cannot know: when it ran, which commit it is, each file's change history,
 * and the content in the plain shape the exports, timeline and map take. Computed once per build.
 */
import type { BuildFacts, ContentSet } from '../lib/exports.ts';
import { fileHistory, repositoryHistory, repositoryVersion, type FileHistory, type RepositoryHistory } from '../lib/git-history.ts';
import { currentRelease } from '../lib/releases/current.ts';
import { siteName } from './config.ts';
import { siteData } from './data.ts';

/** SOURCE_DATE_EPOCH (seconds) pins the build time for reproducible builds; otherwise it is now. */
export const buildTime = new Date(process.env.SOURCE_DATE_EPOCH ? Number(process.env.SOURCE_DATE_EPOCH) * 1000 : Date.now()).toISOString();

/** The access date citations give: the reader sees the text of this build. */
export const buildDate = buildTime.slice(0, 10);

let version: string | undefined;

/** The dataset version and its release date, from CITATION.cff at the repository root (the one place it is kept). */
export const datasetRelease = currentRelease();

export function buildFacts(site: URL | undefined): BuildFacts {
  if (!site) throw new Error('Set `site` in astro.config.mjs: the downloads and citations need absolute addresses');
  version ??= repositoryVersion();
  return { siteUrl: site.href, publisher: siteName, release: datasetRelease.version, version, built: buildTime };
}

let history: { all: RepositoryHistory | undefined } | undefined;
/** Each file's dates, looked up once: a page asks several times (head, citation, history), and an uncommitted file costs a stat. */
const historyByPath = new Map<string, FileHistory>();

/** When an entry's file was added and last changed; empty when the entry has no file. */
export function entryHistory(entry: { filePath?: string | undefined }): FileHistory {
  if (!entry.filePath) return { source: 'none' };
  let known = historyByPath.get(entry.filePath);
  if (!known) {
    history ??= { all: repositoryHistory() };
    known = fileHistory(entry.filePath, history.all);
    historyByPath.set(entry.filePath, known);
  }
  return known;
}

let contentSet: Promise<ContentSet> | undefined;

/** The content in the plain shape of src/lib (no Astro entry fields); made once per build, every download shares it. */
export function siteContentSet(): Promise<ContentSet> {
  contentSet ??= plainContentSet();
  return contentSet;
}

async function plainContentSet(): Promise<ContentSet> {
  const site = await siteData();
  const plain = <T>(entries: { id: string; data: T; body?: string | undefined }[]) =>
    entries.map((entry) => ({ id: entry.id, data: entry.data, body: entry.body?.trim() ?? '' }));
  return {
    agreements: plain(site.agreements),
    terms: plain(site.terms),
    cases: plain(site.cases),
    countries: plain(site.countries),
    sources: new Map([...site.sources].map(([id, entry]) => [id, entry.data])),
  };
}

/** The date a citation gives a page: when its file last changed, else the build date. */
export function citationDate(entry: { filePath?: string | undefined }): string {
  return entryHistory(entry).updated?.slice(0, 10) ?? buildDate;
}
