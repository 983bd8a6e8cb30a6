/**
 * The JSON Schema of every JSON download (/data/schema.json): agreements, terms and cases (src/lib/exports.ts), and
 * transfers and payments (src/lib/transfers/exports.ts), in one file.
 */
import { downloadsJsonSchema } from './exports.ts';
import type { JsonSchema } from './json-schema.ts';
import { transferDownloadSchemas } from './transfers/exports.ts';

export function allDownloadsJsonSchema(siteUrl: string): JsonSchema {
  return downloadsJsonSchema(siteUrl, transferDownloadSchemas);
}
