/**
 * Transfer records agree with the agreement around them: nothing is moved before the first transfer, nobody is
 * moved on before they arrived, and an agreement that says people were transferred either records the transfers or
 * says in `transferGaps` why it cannot.
 */
import type { Agreement } from '../../../schema/index.ts';
import { compareDates } from '../../../schema/dates.ts';
import { formatDate } from '../../format.ts';
import { errorAt, type Check, type ContentError } from '../types.ts';

export const checkTransferRecords: Check = ({ valid }) =>
  valid.flatMap(({ file, data }) => {
    if (file.collection !== 'agreements') return [];
    const agreement = data as unknown as Agreement;
    const errors: ContentError[] = [];
    const firstTransfer = agreement.dates.firstTransfer.value;
    if (firstTransfer && agreement.transfers.length === 0 && !agreement.transferGaps) {
      errors.push(
        errorAt(
          file,
          ['dates', 'firstTransfer', 'value'],
          `expected the transfers this date starts (a "transfers" record for each reported transfer or tally), or "transferGaps" saying why no number is known`,
        ),
      );
    }
    agreement.transfers.forEach((event, index) => {
      if (firstTransfer && event.kind === 'transfer' && compareDates(event.date, firstTransfer) < 0) {
        errors.push(
          errorAt(
            file,
            ['transfers', index, 'date'],
            `expected no transfer before the first transfer (${formatDate(firstTransfer)}); correct this date or dates.firstTransfer`,
          ),
        );
      }
      // A tally's people arrived over time: its onward removals can only be checked against the start of a phase tally.
      const arrived = event.kind === 'tally' ? event.since : event.date;
      event.onward.forEach((onward, step) => {
        if (arrived && compareDates(onward.date, arrived) < 0) {
          errors.push(
            errorAt(
              file,
              ['transfers', index, 'onward', step, 'date'],
              `expected the onward removal on or after the transfer it follows (${formatDate(arrived)})`,
            ),
          );
        }
      });
    });
    return errors;
  });
