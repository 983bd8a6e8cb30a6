/**
 * Reads the content folder into plain records, the way Astro's loaders see it (js-yaml for values), and keeps a
 * position map (from the `yaml` package) so any error can name the line of the field it is about.
 * Parsing failures are recorded on the record, not thrown: the validator reports every problem in one run.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
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

function walkFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walkFiles(full) : [full];
  });
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

/** Every file of every collection under `contentDir`, including files with the wrong extension (so they can be reported). */
export function readContent(contentDir: string): ContentFile[] {
  const files: ContentFile[] = [];
  for (const [collection, layout] of Object.entries(collectionLayout) as [CollectionName, (typeof collectionLayout)[CollectionName]][]) {
    for (const full of walkFiles(join(contentDir, layout.folder)).sort()) {
      const path = relative(process.cwd(), full).split(sep).join('/');
      files.push(parseContentFile(collection, path, readFileSync(full, 'utf8')));
    }
  }
  return files;
}
