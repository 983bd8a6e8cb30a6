import type { ContentFile } from '../content-files.ts';
import type { CollectionName } from '../../schema/index.ts';

/** One problem in one content file, in the words a contributor needs to fix it. */
export type ContentError = {
  /** Path of the file, relative to the repository root. */
  file: string;
  /** Dotted field path such as "dates.signed.value", or "(file)" for problems with the file as a whole. */
  field: string;
  /** What was expected, and a suggestion where one helps. */
  message: string;
  /** 1-based line in the file, when it can be known. */
  line?: number;
};

/** What every check sees: all files, and the ones that passed their schema with their parsed data. */
export type ValidationContext = {
  files: ContentFile[];
  /** Files whose data passed the schema, with the parsed (defaults applied) data. */
  valid: { file: ContentFile; data: Record<string, unknown> }[];
  /** Ids present per collection (from every readable file, valid or not, so one error does not cascade). */
  ids: Record<CollectionName, Set<string>>;
};

export type Check = (context: ValidationContext) => ContentError[];

export function fieldName(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(file)';
  return path
    .map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : `${index === 0 ? '' : '.'}${String(segment)}`))
    .join('');
}

export function errorAt(file: ContentFile, path: readonly PropertyKey[], message: string): ContentError {
  return { file: file.path, field: fieldName(path), message, line: path.length ? file.lineOf(path) : undefined };
}
