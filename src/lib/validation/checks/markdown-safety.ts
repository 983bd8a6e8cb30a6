/** Markdown bodies carry no raw HTML, script links or MDX syntax. */
import { findUnsafeMarkup } from '../../markdown-safety.ts';
import type { Check } from '../types.ts';

export const checkMarkdownSafety: Check = ({ files }) =>
  files.flatMap((file) =>
    findUnsafeMarkup(file.body, file.bodyLine).map((problem) => ({
      file: file.path,
      field: '(body)',
      message: problem.message,
      line: problem.line,
    })),
  );
