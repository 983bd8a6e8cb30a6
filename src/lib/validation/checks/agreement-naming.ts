/**
 * An agreement's id is "<sending>-<receiving>-<year>": a sending party, a receiving party (each by id or shortId)
 * and the year it was announced or signed, so the URL says what the page is.
 */
import type { Agreement } from '../../../schema/index.ts';
import type { Check, ContentError } from '../types.ts';

// Read from every readable file, valid or not, so a wrong file name is reported in the same run as a schema error.
export const checkAgreementNaming: Check = ({ files }) => {
  const readable = files.filter((file) => file.data !== null && typeof file.data === 'object').map((file) => ({ file, data: file.data as Record<string, unknown> }));
  const shortIds = new Map<string, string>();
  for (const { file, data } of readable) {
    if (file.collection === 'countries' && typeof data.shortId === 'string') shortIds.set(file.id, data.shortId);
  }
  const namesFor = (countries: string[]) => countries.flatMap((id) => [id, ...(shortIds.has(id) ? [shortIds.get(id)!] : [])]);
  const errors: ContentError[] = [];
  const strings = (list: unknown): string[] => (Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string') : []);
  for (const { file, data } of readable) {
    if (file.collection !== 'agreements') continue;
    const agreement = data as unknown as Partial<Agreement>;
    const parties = agreement.parties?.value;
    if (parties && strings(parties.sending).length && strings(parties.receiving).length) {
      const sending = namesFor(strings(parties.sending));
      const receiving = namesFor(strings(parties.receiving));
      // Plain string comparison, not a pattern built from the file's own text (which could be hostile).
      const fits = sending.some((s) => receiving.some((r) => file.id.startsWith(`${s}-${r}-`) && /^\d{4}$/.test(file.id.slice(s.length + r.length + 2))));
      if (!fits) {
        errors.push({
          file: file.path,
          field: '(file name)',
          message: `expected the file name to start with a sending party (${sending.join(' or ')}) then a receiving party (${receiving.join(' or ')}), then the year, such as "${sending[0]}-${receiving[0]}-2025" (found "${file.id}")`,
        });
      }
    }
    const year = file.id.slice(-4);
    const knownYears = [agreement.dates?.announced?.value, agreement.dates?.signed?.value]
      .filter((date): date is string => typeof date === 'string' && /^\d{4}/.test(date))
      .map((date) => date.slice(0, 4));
    if (knownYears.length > 0 && !knownYears.includes(year)) {
      errors.push({
        file: file.path,
        field: '(file name)',
        message: `expected the year in the file name to be the year announced or signed (${[...new Set(knownYears)].join(' or ')}), found ${year}`,
      });
    }
  }
  return errors;
};
