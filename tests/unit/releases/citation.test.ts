/**
 * CITATION.cff and .zenodo.json: the dataset version is kept in CITATION.cff, .zenodo.json says the same, the file
 * validates against the Citation File Format 1.2 JSON Schema (as `cffjs` ships it, run with ajv), and Citation.js's
 * CFF parser reads it into a citation.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { citationRelease, isVersion, nextVersion, withRelease } from '../../../src/lib/releases/version.ts';

const require = createRequire(import.meta.url);
const cffText = readFileSync('CITATION.cff', 'utf8');
const cff = parse(cffText) as Record<string, unknown>;
const zenodo = JSON.parse(readFileSync('.zenodo.json', 'utf8')) as Record<string, unknown>;

describe('CITATION.cff', () => {
  it('validates against the CFF 1.2 JSON Schema', async () => {
    const { validateCFF } = await import('cffjs');
    expect(() => validateCFF(structuredClone(cff))).not.toThrow();
    // The same validator refuses a file without authors, so passing it means something.
    const { authors: _authors, ...withoutAuthors } = cff;
    expect(() => validateCFF(structuredClone(withoutAuthors))).toThrow(/CFF validation failed/);
  });

  it('has the fields this project relies on, with valid values', () => {
    expect(cff['cff-version']).toBe('1.2.0');
    expect(typeof cff.message).toBe('string');
    expect(typeof cff.title).toBe('string');
    expect(Array.isArray(cff.authors) && (cff.authors as unknown[]).length).toBeGreaterThan(0);
    for (const author of cff.authors as Record<string, unknown>[]) expect(author.name ?? author['family-names']).toBeTruthy();
    expect(['dataset', 'software']).toContain(cff.type);
    expect(isVersion(String(cff.version))).toBe(true);
    expect(String(cff['date-released'])).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // Addresses only once a copy is published (site.config.json): never a made-up one.
    for (const key of ['repository-code', 'url']) if (key in cff) expect(String(cff[key])).toMatch(/^https:\/\/(?![^/]*example\.)/);
    const allowed = new Set(['abstract', 'authors', 'cff-version', 'commit', 'contact', 'date-released', 'doi', 'identifiers', 'keywords', 'license', 'license-url', 'message', 'preferred-citation', 'references', 'repository', 'repository-artifact', 'repository-code', 'title', 'type', 'url', 'version']);
    for (const key of Object.keys(cff)) expect(allowed, key).toContain(key);
  });

  it('is read by a CFF parser into a citation with title and version', async () => {
    const { Cite, plugins } = require('@citation-js/core');
    require('@citation-js/plugin-cff');
    expect(plugins.input.has('@cff/object')).toBe(true);
    const [item] = (await Cite.async(cffText)).data;
    expect(item.title).toBe(cff.title);
    expect(item.version).toBe(cff.version);
  });

  it('agrees with .zenodo.json on title, version, date and licence', () => {
    expect(zenodo.title).toBe(cff.title);
    expect(zenodo.version).toBe(cff.version);
    expect(zenodo.publication_date).toBe(cff['date-released']);
    expect(zenodo.upload_type).toBe('dataset');
    expect(String(zenodo.license).toLowerCase()).toBe(String(cff.license).toLowerCase());
  });
});

describe('versions', () => {
  it('bumps major, minor and patch', () => {
    expect(nextVersion('1.2.3', 'major')).toBe('2.0.0');
    expect(nextVersion('1.2.3', 'minor')).toBe('1.3.0');
    expect(nextVersion('1.2.3', 'patch')).toBe('1.2.4');
    expect(() => nextVersion('v1', 'patch')).toThrow(/MAJOR.MINOR.PATCH/);
  });

  it('rewrites only the version and date of CITATION.cff', () => {
    const updated = withRelease(cffText, '1.1.0', '2027-01-15');
    expect(citationRelease(updated)).toEqual({ version: '1.1.0', dateReleased: '2027-01-15' });
    expect(updated.replace(/^(version|date-released): .*$/gm, '')).toBe(cffText.replace(/^(version|date-released): .*$/gm, ''));
  });
});
