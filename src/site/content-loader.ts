/**
 * The content layer's loader for our folders. It reads files with the validator's own parser (src/lib/content-files.ts),
 * so the site and `npm run validate` see identical values, and it stores data and Markdown source only: bodies are
 * rendered when their page is built (src/lib/markdown.ts). Unchanged files are skipped by digest on rebuilds, and in
 * `astro dev` edits, new files and deletions are picked up as they happen.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { collectionLayout, fileNameParts, parseContentFile, readContentText } from '../lib/content-files.ts';
import type { CollectionName } from '../schema/index.ts';

/** Loads every file of one collection from `contentDir`, e.g. `content/agreements/*.md`. */
export function contentFolderLoader(collection: CollectionName, contentDir: string): Loader {
  const { folder, extensions } = collectionLayout[collection];
  return {
    name: 'content-folder',
    async load(context: LoaderContext) {
      const { store, parseData, generateDigest, config, logger, watcher } = context;
      const root = fileURLToPath(config.root);
      const base = resolve(root, contentDir, folder);
      const accepts = (path: string) => extensions.some((extension) => path.endsWith(extension));
      const idOf = (path: string) => fileNameParts(path).id;

      // Synchronous reads: thousands of small files read one by one through the thread pool left the build idle.
      async function loadFile(fullPath: string): Promise<string> {
        const id = idOf(fullPath);
        const filePath = relative(root, fullPath).split(sep).join('/');
        // The validator's reader: links, folders, oversized files and invalid UTF-8 are refused here too.
        const text = readContentText(fullPath);
        if ('problem' in text) throw new Error(`${filePath}  ${text.problem} (run \`npm run validate\` for every problem)`);
        const digest = generateDigest(text.raw);
        // The same text at the same place needs no new parse; the same text from another content folder does.
        const stored = store.get(id);
        if (stored?.digest === digest && stored.filePath === filePath) return id;
        const file = parseContentFile(collection, filePath, text.raw);
        if (file.problems.length > 0) {
          const [problem] = file.problems;
          throw new Error(`${filePath}${problem.line ? `:${problem.line}` : ''}  ${problem.message} (run \`npm run validate\` for every problem)`);
        }
        const data = await parseData({ id, data: file.data as Record<string, unknown>, filePath: fullPath });
        store.set({ id, data, body: extensions.includes('.md') ? file.body : undefined, filePath, digest });
        return id;
      }

      const names = existsSync(base) ? readdirSync(base) : [];
      const present = new Set<string>();
      for (const name of names.filter(accepts).sort()) present.add(await loadFile(join(base, name)));
      for (const id of store.keys()) if (!present.has(id)) store.delete(id);

      if (!watcher) return;
      const inFolder = (path: string) => resolve(path).startsWith(base + sep) && accepts(path);
      // In dev a broken file must not stop the server: report it and keep the last good entry until it is fixed.
      const reload = (path: string) => {
        if (!inFolder(path)) return;
        loadFile(resolve(path)).catch((error: Error) => logger.error(error.message));
      };
      watcher.on('add', reload);
      watcher.on('change', reload);
      watcher.on('unlink', (path) => {
        if (inFolder(path)) store.delete(idOf(resolve(path)));
      });
    },
  };
}
