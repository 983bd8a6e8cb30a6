/** Every source is cited by something: an uncited source is either a forgotten citation or clutter. */
import { footnoteSourceIds } from '../../footnotes.ts';
import { collectReferences } from '../../references.ts';
import type { Check } from '../types.ts';

export const checkUnusedSources: Check = ({ files }) => {
  // Read citations from every readable file, valid or not, so one schema error does not cascade into this check.
  const cited = new Set<string>();
  for (const file of files) {
    if (file.data === undefined) continue;
    for (const reference of collectReferences(file.collection, file.data)) {
      if (reference.target === 'sources') cited.add(reference.id);
    }
    for (const id of footnoteSourceIds(file.body)) cited.add(id);
  }
  return files
    .filter((file) => file.collection === 'sources' && file.data !== undefined && !cited.has(file.id))
    .map((file) => ({
      file: file.path,
      field: '(file)',
      message: `source "${file.id}" is not cited by any agreement, country, term or case, in a field or a footnote; cite it or remove the file`,
    }));
};
