/**
 * `npm run transfers [-- <agreement-id> ...]`: prints how each agreement's number transferred is derived from its
 * transfer records, step by step, so a contributor can check a new record adds up as intended.
 */
import { readContent } from '../lib/content-files.ts';
import { formatDate } from '../lib/format.ts';
import { validateContent } from '../lib/validation/index.ts';
import { cumulativeTransfers, formatTransferTotal, transferredFact } from '../lib/transfers/series.ts';
import type { Agreement } from '../schema/index.ts';

const wanted = new Set(process.argv.slice(2));
const result = validateContent(readContent(process.env.CONTENT_DIR ?? 'content'));
for (const { file, data } of result.valid) {
  if (file.collection !== 'agreements' || (wanted.size > 0 && !wanted.has(file.id))) continue;
  const agreement = data as unknown as Agreement;
  const fact = transferredFact(agreement);
  const headline = fact.value ? `${formatTransferTotal(fact.value)} as of ${formatDate(fact.value.asOf)}` : fact.applicable === false ? 'not applicable' : 'unknown';
  console.log(`${file.id}: ${headline}`);
  for (const step of cumulativeTransfers(agreement.transfers)) {
    const number = step.count.precision === 'unknown' ? 'no number' : `${step.count.precision} ${step.count.low}${step.count.conflicting ? ' (reports differ)' : ''}`;
    console.log(`  ${step.date.padEnd(10)} ${step.kind.padEnd(8)} ${number.padEnd(28)} +${step.added} → ${step.exact ? '' : '≥'}${step.total}`);
  }
}
if (result.errors.length > 0) console.error(`(${result.errors.length} validation errors elsewhere; run npm run validate)`);
