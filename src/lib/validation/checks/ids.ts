/** Ids follow the naming convention and are unique within their collection. */
import { KEBAB_ID } from '../../../schema/index.ts';
import type { Check, ContentError } from '../types.ts';

const AGREEMENT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*-\d{4}$/;

export const checkIds: Check = ({ files }) => {
  const errors: ContentError[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    const pattern = file.collection === 'agreements' ? AGREEMENT_ID : KEBAB_ID;
    if (!pattern.test(file.id)) {
      errors.push({
        file: file.path,
        field: '(file name)',
        message:
          file.collection === 'agreements'
            ? `expected the file name "<sending>-<receiving>-<year>" in lower-case kebab-case, such as "us-rwanda-2025" (found "${file.id}")`
            : `expected a lower-case kebab-case file name such as "el-salvador" (found "${file.id}")`,
      });
    }
    const key = `${file.collection}/${file.id.toLowerCase()}`;
    const first = seen.get(key);
    if (first) {
      errors.push({
        file: file.path,
        field: '(file name)',
        message: `duplicate id "${file.id}": ${first} already uses it; ids must be unique within ${file.collection}`,
      });
    } else {
      seen.set(key, file.path);
    }
  }
  return errors;
};
