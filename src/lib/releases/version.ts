/**
 * The dataset's semantic version: MAJOR when a published value changes meaning (a dimension renamed or removed),
 * MINOR when entries or dimensions are added, PATCH for corrections. One value, kept in CITATION.cff; everything else
 * (the downloads, the Data Package, the "cite this" boxes, .zenodo.json) reads or is written from it.
 */
import { parse } from 'yaml';

export type ReleaseKind = 'major' | 'minor' | 'patch';

const SEMVER = /^(\d+)\.(\d+)\.(\d+)$/;

/** The fragment id of a version on /changes/ ("v1-2-0"): HTML ids keep to letters, digits and dashes. */
export const versionAnchor = (version: string) => `v${version.replace(/\./g, '-')}`;

export function isVersion(text: string): boolean {
  return SEMVER.test(text);
}

export function nextVersion(current: string, kind: ReleaseKind): string {
  const match = SEMVER.exec(current);
  if (!match) throw new Error(`"${current}" is not a version written MAJOR.MINOR.PATCH`);
  const [major, minor, patch] = match.slice(1).map(Number);
  if (kind === 'major') return `${major + 1}.0.0`;
  if (kind === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

/** The version and release date recorded in CITATION.cff. */
export function citationRelease(citationCff: string): { version: string; dateReleased: string } {
  const data = parse(citationCff) as { version?: unknown; 'date-released'?: unknown };
  const version = String(data.version ?? '');
  if (!isVersion(version)) throw new Error(`CITATION.cff: version "${version}" is not MAJOR.MINOR.PATCH`);
  return { version, dateReleased: String(data['date-released'] ?? '') };
}

/** CITATION.cff with a new version and release date, every other line as it was. */
export function withRelease(citationCff: string, version: string, date: string): string {
  return citationCff
    .replace(/^version: .*$/m, `version: "${version}"`)
    .replace(/^date-released: .*$/m, `date-released: "${date}"`);
}
