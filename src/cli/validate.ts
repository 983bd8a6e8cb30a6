/**
 * `npm run validate [-- --content DIR] [--markdown FILE]`: checks every content file and reports every error.
 * Exits 1 when there is any error, so `npm run build` stops before a bad file reaches the site.
 */
import { appendFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readContent } from '../lib/content-files.ts';
import { formatMarkdownReport, formatReport, validateContent } from '../lib/validation/index.ts';

const { values } = parseArgs({
  options: {
    content: { type: 'string', default: process.env.CONTENT_DIR ?? 'content' },
    markdown: { type: 'string' },
  },
});

const result = validateContent(readContent(values.content!));
const report = formatReport(result);
if (result.errors.length > 0) console.error(report);
else console.log(report);
if (values.markdown) appendFileSync(values.markdown, formatMarkdownReport(result));
process.exitCode = result.errors.length > 0 ? 1 : 0;
