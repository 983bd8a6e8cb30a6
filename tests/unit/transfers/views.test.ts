/**
 * The number transferred is typed once, as transfer records, and every view derives it: changing one record's number
 * changes the comparison cell, the fact behind the agreement page, the downloads, the chart data, the /transfers/
 * overview, the timeline and the cost per person, and nothing needs editing twice.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toComparableRecord } from '../../../src/lib/comparable.ts';
import { readContentSet } from '../../../src/lib/content-set.ts';
import { plainLookup } from '../../../src/lib/dimensions.ts';
import { agreementsCsv, agreementsFile, agreementValuesCsv, type BuildFacts, type ContentSet } from '../../../src/lib/exports.ts';
import { agreementEvents } from '../../../src/lib/timeline.ts';
import { agreementTransfersCsv, agreementTransfersCsvFiles, agreementTransfersCsvPath, paymentsCsv, transfersCsv, transfersFile } from '../../../src/lib/transfers/exports.ts';
import { transferOverview } from '../../../src/lib/transfers/overview.ts';

const ID = 'testland-examplia-2025';
const build: BuildFacts = { siteUrl: 'https://example.org', publisher: 'Test', release: '1.0.0', version: 'test', built: '2026-01-01T00:00:00.000Z' };

/** What the build publishes, read back: the chart CSVs are cut from this (src/integrations/agreement-transfer-files.ts). */
const publishedTransfers = (content: ContentSet) => JSON.parse(JSON.stringify(transfersFile(content, build)));
const table = (csv: string) => parse(csv, { bom: true, columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];

/** Everything a reader or a download sees of the one agreement's number transferred and cost per person. */
function views(content: ContentSet) {
  const entry = content.agreements.find((agreement) => agreement.id === ID)!;
  const transfers = table(transfersCsv(content, build)).filter((row) => row.agreement_id === ID);
  const payments = table(paymentsCsv(content, build)).filter((row) => row.agreement_id === ID);
  return {
    comparisonCell: toComparableRecord(ID, entry.data, plainLookup).cells.transferred.map((cell) => cell.text),
    costCell: toComparableRecord(ID, entry.data, plainLookup).cells['cost-per-person'].map((cell) => cell.text),
    wideCsv: table(agreementsCsv(content, build)).find((row) => row.id === ID)!.transferred,
    longCsv: table(agreementValuesCsv(content)).find((row) => row.agreement_id === ID && row.dimension === 'transferred')!.value,
    json: agreementsFile(content, build).agreements.find((agreement) => agreement.id === ID)!.transferred,
    transfersCsv: transfers.map((row) => row.running_total),
    paymentsCsv: payments.map((row) => row.cost_per_person),
    chartCsv: table(agreementTransfersCsvFiles(publishedTransfers(content)).get(agreementTransfersCsvPath(ID))!).map((row) => row.running_total),
    overview: transferOverview(content.agreements, () => undefined).arrangements.find((arrangement) => arrangement.id === ID)!.total,
    timeline: agreementEvents(ID, entry.data).filter((event) => event.kind === 'transfer').map((event) => event.title),
  };
}

describe('one transfer record, every view', () => {
  const content = readContentSet('tests/fixtures/valid-content');
  const before = views(content);

  it('derives the same total everywhere from the fixture', () => {
    expect(before.comparisonCell).toEqual(['at least 7 (as of 30 June 2025)']);
    expect(before.wideCsv).toBe('at least 7 (as of 30 June 2025)');
    expect(before.longCsv).toBe('at least 7 (as of 30 June 2025)');
    expect(before.json).toEqual({ count: 7, asOf: '2025-06-30', exact: false });
    expect(before.chartCsv).toEqual(['3', '7']);
    expect(before.overview).toEqual({ count: 7, asOf: '2025-06-30', exact: false });
  });

  it('changes in every view when one record changes', () => {
    const changed = structuredClone(content);
    // Same sources, the second flight now carried 14 people by both reports.
    const record = changed.agreements.find((agreement) => agreement.id === ID)!.data.transfers[1];
    record.people = record.people.map((report) => ({ ...report, value: { count: 14 } }));
    const after = views(changed);
    expect(after.comparisonCell).toEqual(['17 (as of 30 June 2025)']);
    expect(after.wideCsv).toBe('17 (as of 30 June 2025)');
    expect(after.longCsv).toBe('17 (as of 30 June 2025)');
    expect(after.json).toEqual({ count: 17, asOf: '2025-06-30', exact: true });
    expect(after.chartCsv).toEqual(['3', '17']);
    expect(after.transfersCsv).toEqual(['3', '17', '17']);
    expect(after.overview).toEqual({ count: 17, asOf: '2025-06-30', exact: true });
    expect(after.timeline).not.toEqual(before.timeline);
    expect(after.timeline).toContain('14 people transferred');
    expect(after.costCell[0]).toBe('USD 441,176 per person (USD 7,500,000 ÷ 17 people transferred as of 30 June 2025)');
    expect(after.paymentsCsv).toEqual(['441176', '294118']);
    expect(before.paymentsCsv).toEqual(['1071429', '714286']);
  });
});

describe('the chart CSVs the build cuts from transfers.json', () => {
  it('are, for every agreement of the real content, what its own file gives, and exist for exactly those with records', () => {
    const content = readContentSet('content');
    const files = agreementTransfersCsvFiles(publishedTransfers(content));
    const withRecords = content.agreements.filter((entry) => entry.data.transfers.length > 0);
    expect(withRecords.length).toBeGreaterThan(30);
    expect([...files.keys()].sort()).toEqual(withRecords.map((entry) => agreementTransfersCsvPath(entry.id)).sort());
    for (const entry of withRecords) expect(files.get(agreementTransfersCsvPath(entry.id)), entry.id).toBe(agreementTransfersCsv(entry.data, content.sources));
  });
});
