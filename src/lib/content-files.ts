/**
 * Reads the content folder into plain records, the way Astro's loaders see it (js-yaml for values), and keeps a
 * position map (from the `yaml` package) so any error can name the line of the field it is about.
 * Parsing failures are recorded on the record, not thrown: the validator reports every problem in one run.
 */
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import jsYaml from 'js-yaml';
import { LineCounter, parseDocument, isMap, isSeq, isPair, isScalar, type Node } from 'yaml';
import type { CollectionName } from '../schema/index.ts';

/** Where each collection lives and which file types it accepts. */
export const collectionLayout: Record<CollectionName, { folder: string; extensions: readonly string[] }> = {
  agreements: { folder: 'agreements', extensions: ['.md'] },
  countries: { folder: 'countries', extensions: ['.md'] },
  terms: { folder: 'terms', extensions: ['.md'] },
  cases: { folder: 'cases', extensions: ['.md'] },
  sources: { folder: 'sources', extensions: ['.yaml'] },
};

export type ParseProblem = { message: string; line?: number };

export type ContentFile = {
  collection: CollectionName;
  /** File name without extension: the entry's id and URL segment. */
  id: string;
  /** Path relative to the working directory, as a contributor would type it. */
  path: string;
  extension: string;
  raw: string;
  /** Parsed frontmatter (Markdown) or document (YAML); undefined when it could not be parsed. */
  data: unknown;
  /** Markdown body after the frontmatter; empty for YAML. */
  body: string;
  /** 1-based line where the body starts, for line numbers inside it. */
  bodyLine: number;
  problems: ParseProblem[];
  /** The 1-based line of a field path's key, or of its nearest present ancestor. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
};

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

/**
 * The largest content file read, in bytes. The longest real file is about 40 KB; anything far larger is a mistake or
 * an attack, and is refused before it is parsed, indexed or rendered.
 */
export const MAX_FILE_BYTES = 256 * 1024;

/**
 * The most values (mappings, lists and scalars, counting each alias as often as it is used) that one file's YAML may
 * hold. A real agreement has a few hundred; an alias bomb ("billion laughs") expands past this within microseconds,
 * so it is refused before anything walks the data.
 */
export const MAX_YAML_VALUES = 20_000;

/** Names that look like content files: a folder or link with one of these endings is reported, never followed. */
const CONTENT_LIKE = /\.(md|mdx|markdown|ya?ml)$/i;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Every entry under a folder: plain files, and (to be reported) links and folders named like content files. */
function walkFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const full = join(dir, name);
    const stats = lstatSync(full);
    // Symbolic links are returned (and refused) rather than followed: a link could point outside the repository.
    return stats.isDirectory() && !CONTENT_LIKE.test(name) ? walkFiles(full) : [full];
  });
}

/** Counts values up to a budget, following aliases as their readers would; stops as soon as the budget is spent. */
function exceedsValueBudget(data: unknown, budget: number): boolean {
  let left = budget;
  const stack: unknown[] = [data];
  while (stack.length > 0) {
    if (--left < 0) return true;
    const value = stack.pop();
    if (Array.isArray(value)) for (const item of value) stack.push(item);
    else if (value && typeof value === 'object') for (const item of Object.values(value)) stack.push(item);
  }
  return false;
}

function positionLookup(yamlText: string, lineOffset: number): ContentFile['lineOf'] {
  // Parsed for positions only when an error needs a line: most files have none, and this parse is the slow one.
  let parsed: { doc: ReturnType<typeof parseDocument>; counter: LineCounter } | undefined;
  return (path) => {
    if (!parsed) {
      const counter = new LineCounter();
      parsed = { doc: parseDocument(yamlText, { lineCounter: counter, uniqueKeys: false }), counter };
    }
    const { doc, counter } = parsed;
    const lineAt = (offset: number) => counter.linePos(offset).line + lineOffset;
    let node: unknown = doc.contents;
    let best: number | undefined = node && (node as Node).range ? lineAt((node as Node).range![0]) : undefined;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
        if (!pair) return best;
        const keyNode = pair.key as Node;
        best = keyNode.range ? lineAt(keyNode.range[0]) : best;
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment] as Node | undefined;
        if (!item) return best;
        best = item.range ? lineAt(item.range[0]) : best;
        node = item;
      } else {
        return best;
      }
    }
    return best;
  };
}

/** A file's name without its folder and extension, split from the extension: "content/terms/cecot.md" → cecot, .md. */
export function fileNameParts(path: string): { id: string; extension: string } {
  const base = path.split(/[\\/]/).pop() ?? path;
  const dot = base.lastIndexOf('.');
  return dot >= 0 ? { id: base.slice(0, dot), extension: base.slice(dot) } : { id: base, extension: '' };
}

/** Parses one file's text into a ContentFile; exported so tests can feed it fixtures. */
export function parseContentFile(collection: CollectionName, path: string, raw: string): ContentFile {
  const { id, extension } = fileNameParts(path);
  const problems: ParseProblem[] = [];
  let data: unknown;
  let body = '';
  let bodyLine = 1;
  let yamlText: string | undefined;
  let lineOffset = 0;

  if (raw.trim() === '') {
    problems.push({ message: 'the file is empty', line: 1 });
  } else if (extension === '.yaml' || extension === '.yml') {
    yamlText = raw;
  } else {
    const match = FRONTMATTER.exec(raw);
    if (!match) {
      problems.push({ message: 'expected YAML frontmatter between two "---" lines at the top of the file', line: 1 });
    } else {
      yamlText = match[1];
      lineOffset = 1;
      body = raw.slice(match[0].length);
      bodyLine = match[0].split('\n').length;
      if (!match[0].endsWith('\n')) bodyLine -= 1;
    }
  }

  if (yamlText !== undefined) {
    try {
      // CORE_SCHEMA keeps dates as written: the default schema would silently turn 2025-02-30 into 2 March.
      data = jsYaml.load(yamlText, { schema: jsYaml.CORE_SCHEMA });
      if (data === null || data === undefined || typeof data !== 'object' || Array.isArray(data)) {
        problems.push({ message: 'expected the YAML to be a mapping of fields (key: value)', line: 1 + lineOffset });
        data = undefined;
      } else if (exceedsValueBudget(data, MAX_YAML_VALUES)) {
        problems.push({
          message: `the YAML expands to more than ${MAX_YAML_VALUES.toLocaleString('en')} values (aliases repeated many times?); write each value out, without anchors and aliases`,
          line: 1 + lineOffset,
        });
        data = undefined;
      }
    } catch (error) {
      const yamlError = error as { reason?: string; mark?: { line: number }; message: string };
      problems.push({
        message: `the YAML could not be read: ${yamlError.reason ?? yamlError.message}`,
        line: yamlError.mark ? yamlError.mark.line + 1 + lineOffset : undefined,
      });
      data = undefined;
    }
  }

  const lineOf = yamlText !== undefined && data !== undefined ? positionLookup(yamlText, lineOffset) : () => undefined;
  return { collection, id, path, extension, raw, data, body, bodyLine, problems, lineOf };
}

/** A file that could not be read as text at all: it carries its one problem and no data. */
function unreadableFile(collection: CollectionName, path: string, message: string): ContentFile {
  const { id, extension } = fileNameParts(path);
  return { collection, id, path, extension, raw: '', data: undefined, body: '', bodyLine: 1, problems: [{ message }], lineOf: () => undefined };
}

/**
 * Reads one entry of a content folder as text, the one safe way, for the validator and the site's loader alike: links and
 * folders are refused (never followed), files over {@link MAX_FILE_BYTES} are refused unread, and bytes that are not
 * valid UTF-8 are refused rather than silently replaced.
 */
export function readContentText(fullPath: string): { raw: string } | { problem: string } {
  const stats = lstatSync(fullPath);
  if (stats.isSymbolicLink()) return { problem: 'the file is a symbolic link; content must be a plain file in the repository' };
  if (stats.isDirectory()) return { problem: 'this is a folder named like a content file; rename it or move its files up' };
  if (!stats.isFile()) return { problem: 'this is not a plain file' };
  if (stats.size > MAX_FILE_BYTES) {
    return { problem: `the file is ${Math.ceil(stats.size / 1024)} KB; a content file may be at most ${MAX_FILE_BYTES / 1024} KB` };
  }
  try {
    return { raw: strictUtf8.decode(readFileSync(fullPath)) };
  } catch {
    return { problem: 'the file is not valid UTF-8 text; save it as UTF-8' };
  }
}

/** {@link readContentText}, then parsed: a refused file carries its one problem and no data. */
export function readContentFile(collection: CollectionName, fullPath: string, path: string): ContentFile {
  const text = readContentText(fullPath);
  return 'raw' in text ? parseContentFile(collection, path, text.raw) : unreadableFile(collection, path, text.problem);
}

/** Every file of every collection under `contentDir`, including files with the wrong extension (so they can be reported). */
export function readContent(contentDir: string): ContentFile[] {
  const files: ContentFile[] = [];
  for (const [collection, layout] of Object.entries(collectionLayout) as [CollectionName, (typeof collectionLayout)[CollectionName]][]) {
    for (const full of walkFiles(join(contentDir, layout.folder)).sort()) {
      files.push(readContentFile(collection, full, relative(process.cwd(), full).split(sep).join('/')));
    }
  }
  return files;
}
