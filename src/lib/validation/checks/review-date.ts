/**
 * A review date says a person re-checked every fact of a file against its sources on that day. It is optional, and it
 * can never be in the future: a stamp later than today claims a review that has not happened.
 */
import type { Check } from '../types.ts';
import { formatDate } from '../../format.ts';
import { errorAt } from '../types.ts';

/** Today in UTC as YYYY-MM-DD; the build and the validator run on the same day. */
export const todayUtc = () => new Date().toISOString().slice(0, 10);

export const checkReviewDate: Check = ({ valid }, today = todayUtc()) =>
  valid.flatMap(({ file, data }) => {
    const reviewed = (data as { lastReviewed?: unknown }).lastReviewed;
    if (typeof reviewed !== 'string' || reviewed <= today) return [];
    return [errorAt(file, ['lastReviewed'], `expected a review date on or before today (${formatDate(today)}), found ${formatDate(reviewed)}: record a review only once it has been done`)];
  });
