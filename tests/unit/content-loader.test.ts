import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { LoaderContext } from 'astro/loaders';
import { contentFolderLoader } from '../../src/site/content-loader.ts';

type Stored = { id: string; data: Record<string, unknown>; body?: string; filePath?: string; digest?: string };

/** The parts of Astro's loader context the loader uses, recording what it does. */
function fakeContext(root: string, parsed: string[] = []) {
  const entries = new Map<string, Stored>();
  const context = {
    config: { root: pathToFileURL(`${root}/`) },
    logger: { error: () => {} },
    generateDigest: (text: string) => String(text.length) + text.slice(0, 40),
    parseData: async ({ id, data }: { id: string; data: Record<string, unknown> }) => {
      parsed.push(id);
      return data;
    },
    store: {
      get: (id: string) => entries.get(id),
      set: (entry: Stored) => entries.set(entry.id, entry) && true,
      delete: (id: string) => entries.delete(id),
      keys: () => [...entries.keys()],
    },
  };
  return { context: context as unknown as LoaderContext, entries };
}

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

function folderWith(files: Record<string, string>): string {
  root = mkdtempSync(join(tmpdir(), 'content-loader-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('contentFolderLoader', () => {
  it('stores each file under its name with data, Markdown source and a project-relative path', async () => {
    folderWith({
      'content/terms/cecot.md': '---\nterm: CECOT\nadded: 2025-03-16\n---\n\nThe prison.\n',
      'content/terms/notes.txt': 'not content',
    });
    const { context, entries } = fakeContext(root);
    await contentFolderLoader('terms', 'content').load(context);
    expect([...entries.keys()]).toEqual(['cecot']);
    const entry = entries.get('cecot')!;
    // Dates stay as written, as the validator reads them: the site and `npm run validate` see the same values.
    expect(entry.data).toEqual({ term: 'CECOT', added: '2025-03-16' });
    expect(entry.body).toBe('\nThe prison.\n');
    expect(entry.filePath).toBe('content/terms/cecot.md');
    expect(entry).not.toHaveProperty('rendered');
  });

  it('reads YAML sources without a body', async () => {
    folderWith({ 'content/sources/state-2025.yaml': 'title: A statement\nurl: https://www.state.gov/x\n' });
    const { context, entries } = fakeContext(root);
    await contentFolderLoader('sources', 'content').load(context);
    expect(entries.get('state-2025')).toMatchObject({ data: { title: 'A statement', url: 'https://www.state.gov/x' }, body: undefined });
  });

  it('skips unchanged files on a rebuild and drops entries whose file is gone', async () => {
    folderWith({ 'content/terms/a.md': '---\nterm: A\n---\n', 'content/terms/b.md': '---\nterm: B\n---\n' });
    const parsed: string[] = [];
    const { context, entries } = fakeContext(root, parsed);
    const loader = contentFolderLoader('terms', 'content');
    await loader.load(context);
    rmSync(join(root, 'content/terms/b.md'));
    writeFileSync(join(root, 'content/terms/a.md'), '---\nterm: A again\n---\n');
    await loader.load(context);
    expect(parsed).toEqual(['a', 'b', 'a']);
    expect([...entries.keys()]).toEqual(['a']);
    expect(entries.get('a')!.data).toEqual({ term: 'A again' });
  });

  it('reads a file again when the same text comes from another content folder', async () => {
    folderWith({ 'content/terms/a.md': '---\nterm: A\n---\n', 'other/terms/a.md': '---\nterm: A\n---\n' });
    const parsed: string[] = [];
    const { context, entries } = fakeContext(root, parsed);
    await contentFolderLoader('terms', 'content').load(context);
    await contentFolderLoader('terms', 'other').load(context);
    expect(parsed).toEqual(['a', 'a']);
    expect(entries.get('a')!.filePath).toBe('other/terms/a.md');
  });

  it('fails with the file and line of a file it cannot read', async () => {
    folderWith({ 'content/terms/broken.md': '---\nterm: [unclosed\n---\n' });
    const { context } = fakeContext(root);
    await expect(contentFolderLoader('terms', 'content').load(context)).rejects.toThrow(/content\/terms\/broken\.md:\d+ {2}the YAML could not be read/);
  });

  it('loads nothing from a folder that does not exist', async () => {
    folderWith({});
    const { context, entries } = fakeContext(root);
    await contentFolderLoader('cases', 'content').load(context);
    expect(entries.size).toBe(0);
  });
});
