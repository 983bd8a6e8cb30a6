/**
 * "Operational" says people are being transferred. An agreement whose newest transfer report is more than six months
 * older than its newest source may not carry it: its status is then "dormant" (or suspended, ended, blocked), and the
 * page says when a transfer was last reported.
 */
import type { Agreement, Source } from '../../../schema/index.ts';
import { entrySourceIds, sourcesThrough } from '../../sources-through.ts';
import { isTransferReportStale, newestTransferDate, STALE_TRANSFER_MONTHS } from '../../transfers/activity.ts';
import { formatDate } from '../../format.ts';
import { errorAt, type Check } from '../types.ts';

export const checkOperationalStatus: Check = ({ valid }) => {
  const published = new Map<string, string | null>();
  for (const { file, data } of valid) if (file.collection === 'sources') published.set(file.id, (data as unknown as Source).published);
  return valid.flatMap(({ file, data }) => {
    if (file.collection !== 'agreements') return [];
    const agreement = data as unknown as Agreement;
    if (agreement.status.value !== 'operational') return [];
    const newest = newestTransferDate(agreement);
    const through = sourcesThrough(entrySourceIds('agreements', agreement, file.body), (id) => published.get(id));
    if (!isTransferReportStale(newest, through)) return [];
    return [
      errorAt(
        file,
        ['status', 'value'],
        `expected a status other than "operational": the newest transfer report (${formatDate(newest!)}) is more than ${STALE_TRANSFER_MONTHS} months older than the newest source (${formatDate(through!)}); use "dormant", or cite a newer transfer report`,
      ),
    ];
  });
};
