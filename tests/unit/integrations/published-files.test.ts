import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { moveInto, publishedFiles, publishedFolderOf } from '../../../src/integrations/published-files.ts';
import { PUBLISH_FOLDER_VARIABLE } from '../../../src/lib/published/write.ts';

const work = mkdtempSync(join(tmpdir(), 'published-files-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Hook = (options: Record<string, unknown>) => unknown;
const logger = { info: () => {} };

/** The integration's hooks as `astro build` runs them, with `write` standing for the route that writes the files. */
function build(outDir: string, write: (folder: string) => void, env: NodeJS.ProcessEnv = {}) {
  const hooks = publishedFiles({ env }).hooks as unknown as Record<string, Hook>;
  hooks['astro:config:done']({ config: { outDir: pathToFileURL(`${outDir}/`) }, logger });
  hooks['astro:build:start']({ logger });
  mkdirSync(outDir, { recursive: true });
  if (env[PUBLISH_FOLDER_VARIABLE]) write(env[PUBLISH_FOLDER_VARIABLE]);
  return () => hooks['astro:build:done']({ dir: pathToFileURL(`${outDir}/`), logger });
}

describe('published files', () => {
  it('are written beside the build, in a folder named after its output folder', () => {
    expect(publishedFolderOf('/site/.dist.building-42/')).toBe('/site/.dist.building-42-published');
  });

  it('are moved into the site when the pages are done, and a stale folder from a killed build is cleared first', () => {
    const outDir = join(work, 'site');
    mkdirSync(join(publishedFolderOf(outDir), 'data'), { recursive: true });
    writeFileSync(join(publishedFolderOf(outDir), 'data/stale.json'), 'old');
    const env: NodeJS.ProcessEnv = {};
    const done = build(
      outDir,
      (folder) => {
        mkdirSync(join(folder, 'search-index/v1'), { recursive: true });
        writeFileSync(join(folder, 'search-index/v1/p-0.json'), '[]');
        mkdirSync(join(folder, 'data'), { recursive: true });
        writeFileSync(join(folder, 'data/agreements.json'), '{}');
      },
      env,
    );
    expect(env[PUBLISH_FOLDER_VARIABLE]).toBe(publishedFolderOf(outDir));
    done();
    expect(readFileSync(join(outDir, 'search-index/v1/p-0.json'), 'utf8')).toBe('[]');
    expect(readFileSync(join(outDir, 'data/agreements.json'), 'utf8')).toBe('{}');
    expect(existsSync(join(outDir, 'data/stale.json'))).toBe(false);
    expect(existsSync(publishedFolderOf(outDir))).toBe(false);
  });

  it('stop the build when nothing was written', () => {
    const done = build(join(work, 'empty'), () => {});
    expect(done).toThrow('nothing was written');
  });

  it('are moved file by file, and a file the build wrote itself stops the move', () => {
    const from = join(work, 'from');
    const to = join(work, 'to');
    mkdirSync(join(from, 'data/deep'), { recursive: true });
    writeFileSync(join(from, 'data/a.json'), 'a');
    writeFileSync(join(from, 'data/deep/b.csv'), 'b');
    mkdirSync(to);
    expect(moveInto(from, to)).toBe(2);
    expect(readFileSync(join(to, 'data/deep/b.csv'), 'utf8')).toBe('b');
    expect(existsSync(from)).toBe(false);

    mkdirSync(join(from, 'data'), { recursive: true });
    writeFileSync(join(from, 'data/a.json'), 'again');
    expect(() => moveInto(from, to)).toThrow('data/a.json was also written by the build');
  });
});
