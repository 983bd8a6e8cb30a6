/**
 * A source cannot have been published or read after today: a date in the future is a typo (2062 for 2026) or a claim
 * that cannot be true, and it would make an entry look more current than it is.
 */
import type { Source } from '../../../schema/index.ts';
import { formatDate } from '../../format.ts';
import { errorAt, type Check, type ContentError } from '../types.ts';
import { todayUtc } from './review-date.ts';

export const checkFutureDates: Check = ({ valid }, today = todayUtc()) =>
  valid.flatMap(({ file, data }) => {
    if (file.collection !== 'sources') return [];
    const source = data as unknown as Source;
    const errors: ContentError[] = [];
    for (const field of ['published', 'accessed'] as const) {
      const date = source[field];
      // A partial date ("2026-12") is in the future only if its first possible day is.
      if (date && date.slice(0, 10) > today.slice(0, date.length)) {
        errors.push(errorAt(file, [field], `expected a date on or before today (${formatDate(today)}), found ${formatDate(date)}`));
      }
    }
    return errors;
  });
