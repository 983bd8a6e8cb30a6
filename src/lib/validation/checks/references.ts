/** Every reference to another entry resolves (Astro only logs a dangling reference; here it is an error). */
import { collectReferences } from '../../references.ts';
import { didYouMean } from '../../suggest.ts';
import { errorAt, type Check } from '../types.ts';

const singular = { agreements: 'agreement', countries: 'country', terms: 'term', cases: 'case', sources: 'source' } as const;

// Every readable file, valid or not: a reference to a missing entry is reported in the same run as a schema error.
export const checkReferences: Check = ({ files, ids }) =>
  files.flatMap((file) =>
    collectReferences(file.collection, file.data)
      .filter((reference) => !ids[reference.target].has(reference.id))
      .map((reference) =>
        errorAt(
          file,
          reference.path,
          `unknown ${singular[reference.target]} "${reference.id}": expected the id of a file in content/${reference.target}/.${didYouMean(reference.id, ids[reference.target])}`,
        ),
      ),
  );
