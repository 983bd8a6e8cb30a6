/** A file made by `npm run new` keeps TODO placeholders until it is filled; none may reach the site. */
import { PLACEHOLDER, placeholderPaths } from '../../scaffold.ts';
import { errorAt, type Check, type ContentError } from '../types.ts';

export const checkPlaceholders: Check = ({ files }) =>
  files.flatMap((file) => {
    const errors: ContentError[] = placeholderPaths(file.data).map((path) =>
      errorAt(file, path, `the ${PLACEHOLDER} placeholder is still here: replace it with a sourced value, or with null and a note saying why it is unknown`),
    );
    file.body.split('\n').forEach((line, index) => {
      if (line.includes(PLACEHOLDER)) {
        errors.push({ file: file.path, field: '(body)', line: file.bodyLine + index, message: `the ${PLACEHOLDER} placeholder is still here: write this section` });
      }
    });
    return errors;
  });
