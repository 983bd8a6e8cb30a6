/** Files that cannot be read as content: empty, no frontmatter, broken YAML, wrong file type. */
import { collectionLayout } from '../../content-files.ts';
import type { Check } from '../types.ts';

export const checkFileFormat: Check = ({ files }) =>
  files.flatMap((file) => {
    const allowed = collectionLayout[file.collection].extensions;
    const wrongType = allowed.includes(file.extension)
      ? []
      : [
          {
            file: file.path,
            field: '(file)',
            message: `expected a ${allowed.join(' or ')} file in content/${collectionLayout[file.collection].folder}/ (found "${file.extension || 'no extension'}"; MDX and other types are not accepted in content/)`,
          },
        ];
    const unreadable = file.problems.map((problem) => ({
      file: file.path,
      field: '(file)',
      message: problem.message,
      line: problem.line,
    }));
    return [...wrongType, ...unreadable];
  });
