/**
 * The content validator: every check over every file, all errors in one run. Each check is a small module in
 * ./checks, in the style of a linter rule: it gets every file and returns errors naming file, field and line.
 */
import { collectionLayout, type ContentFile } from '../content-files.ts';
import type { CollectionName } from '../../schema/index.ts';
import { checkAgreementAccount } from './checks/agreement-account.ts';
import { checkAgreementNaming } from './checks/agreement-naming.ts';
import { checkBodyText } from './checks/body-text.ts';
import { checkFileFormat } from './checks/file-format.ts';
import { checkFootnotes } from './checks/footnotes.ts';
import { checkFutureDates } from './checks/future-dates.ts';
import { checkIds } from './checks/ids.ts';
import { checkMarkdownSafety } from './checks/markdown-safety.ts';
import { checkOperationalStatus } from './checks/operational-status.ts';
import { checkTransferRecords } from './checks/transfer-records.ts';
import { checkPlaceholders } from './checks/placeholders.ts';
import { checkReferences } from './checks/references.ts';
import { checkReviewDate } from './checks/review-date.ts';
import { checkSchema } from './checks/schema.ts';
import { checkUnusedSources } from './checks/unused-sources.ts';
import type { Check, ContentError, ValidationContext } from './types.ts';

export type { ContentError } from './types.ts';

/** Checks that need the whole set of files, run after each file's schema check. */
export const crossFileChecks: Check[] = [
  checkFileFormat,
  checkIds,
  checkReferences,
  checkAgreementNaming,
  checkAgreementAccount,
  checkUnusedSources,
  checkFootnotes,
  checkOperationalStatus,
  checkTransferRecords,
  checkReviewDate,
  checkFutureDates,
  checkBodyText,
  checkMarkdownSafety,
  checkPlaceholders,
];

export type ValidationResult = {
  errors: ContentError[];
  fileCount: number;
  /** Valid entries by collection, for callers that go on to build from them. */
  valid: ValidationContext['valid'];
};

export function validateContent(files: ContentFile[]): ValidationResult {
  const ids = { agreements: new Set(), countries: new Set(), terms: new Set(), cases: new Set(), sources: new Set() } as Record<
    CollectionName,
    Set<string>
  >;
  for (const file of files) ids[file.collection].add(file.id);
  const errors: ContentError[] = [];
  const valid: ValidationContext['valid'] = [];
  for (const file of files) {
    // A file of the wrong type is never loaded by the site; its one error is the file type (see checkFileFormat).
    if (!collectionLayout[file.collection].extensions.includes(file.extension)) continue;
    const result = checkSchema(file);
    errors.push(...result.errors);
    if (result.data) valid.push({ file, data: result.data });
  }
  const context: ValidationContext = { files, valid, ids };
  for (const check of crossFileChecks) errors.push(...check(context));
  errors.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return { errors, fileCount: files.length, valid };
}

/** Human-readable report: one line per error, `file:line  field  message`, then a count. */
export function formatReport(result: ValidationResult): string {
  const lines = result.errors.map((error) => `${error.file}${error.line ? `:${error.line}` : ''}  ${error.field}  ${error.message}`);
  const filesWithErrors = new Set(result.errors.map((error) => error.file)).size;
  lines.push(
    result.errors.length === 0
      ? `All ${result.fileCount} content files are valid.`
      : `${result.errors.length} error${result.errors.length === 1 ? '' : 's'} in ${filesWithErrors} of ${result.fileCount} files.`,
  );
  return lines.join('\n');
}

/** Markdown report for a CI job summary: a table a reviewer can read in the pull request. */
export function formatMarkdownReport(result: ValidationResult): string {
  if (result.errors.length === 0) return `### Content validation\n\nAll ${result.fileCount} content files are valid.\n`;
  const escape = (text: string) => text.replace(/\|/g, '\\|');
  const rows = result.errors.map(
    (error) => `| \`${error.file}${error.line ? `:${error.line}` : ''}\` | \`${escape(error.field)}\` | ${escape(error.message)} |`,
  );
  return [`### Content validation: ${result.errors.length} errors`, '', '| file | field | problem |', '| --- | --- | --- |', ...rows, ''].join('\n');
}
