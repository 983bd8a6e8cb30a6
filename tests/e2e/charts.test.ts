/**
 * Every chart on the built site draws only numbers that are in its data file: each SVG names its CSV (`data-csv`),
 * and every drawn point, bar and stretch must be a row of that file. The pages also link the file for readers.
 * Reads dist/ directly; no browser needed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseHtml, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { DIST } from './site.ts';

type Row = Record<string, string>;

function htmlFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return /^v\d/.test(entry.name) ? [] : htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

const csvCache = new Map<string, Row[]>();
function csvRows(address: string): Row[] {
  if (!csvCache.has(address)) {
    csvCache.set(address, parseCsv(readFileSync(join(DIST, address), 'utf8'), { bom: true, columns: true, record_delimiter: '\r\n' }) as Row[]);
  }
  return csvCache.get(address)!;
}

/** What one chart draws that its data file does not hold; empty when every mark is backed by a row. */
function unbackedMarks(svg: HTMLElement, rows: Row[]): string[] {
  const problems: string[] = [];
  const has = (test: (row: Row) => boolean) => rows.some(test);
  for (const point of svg.querySelectorAll('circle.point')) {
    const value = point.getAttribute('data-value');
    const date = point.getAttribute('data-date');
    if (!has((row) => row.running_total === value && row.date === date)) problems.push(`point ${value} on ${date}`);
  }
  for (const bar of svg.querySelectorAll('rect.bar')) {
    const value = bar.getAttribute('data-value');
    if (!has((row) => row.cost_per_person === value)) problems.push(`bar ${value}`);
  }
  for (const stretch of svg.querySelectorAll('rect[data-status]')) {
    const [agreement, status, from, to] = ['agreement', 'status', 'from', 'to'].map((name) => stretch.getAttribute(`data-${name}`));
    if (!has((row) => row.agreement_id === agreement && row.status === status && row.from === from && row.to === to)) problems.push(`stretch ${agreement} ${status} ${from}–${to}`);
  }
  for (const mark of svg.querySelectorAll('[data-mark]')) {
    const column = mark.getAttribute('data-mark') === 'signed' ? 'signed' : 'first_transfer';
    const agreement = mark.getAttribute('data-agreement');
    if (!has((row) => row.agreement_id === agreement && row[column] === mark.getAttribute('data-date'))) problems.push(`${column} mark of ${agreement}`);
  }
  return problems;
}

const pages = htmlFiles(DIST).map((file) => ({ path: `/${relative(DIST, file).replace(/index\.html$/, '')}`, root: parseHtml(readFileSync(file, 'utf8')) }));
const charts = pages.flatMap(({ path, root }) => root.querySelectorAll('svg[data-csv]').map((svg) => ({ path, root, svg, csv: svg.getAttribute('data-csv')! })));

describe('charts and their data files', () => {
  it('are on the transfers page, the home page and every agreement page with transfer records', () => {
    const withCharts = new Set(charts.map((chart) => chart.path));
    expect(withCharts).toContain('/transfers/');
    expect(withCharts).toContain('/');
    expect(withCharts).toContain('/agreements/us-eswatini-2025/');
    expect([...withCharts].filter((path) => path.startsWith('/agreements/')).length).toBeGreaterThan(25);
  });

  it('draw only numbers, dates and stretches that are rows of the file each names', () => {
    const problems = charts.flatMap(({ path, svg, csv }) => unbackedMarks(svg, csvRows(csv)).map((problem) => `${path} (${csv}): ${problem}`));
    expect(problems).toEqual([]);
    const marks = charts.reduce((sum, { svg }) => sum + svg.querySelectorAll('circle.point, rect.bar, rect[data-status]').length, 0);
    expect(marks).toBeGreaterThan(200);
  });

  it('each link the reader to that file', () => {
    const unlinked = charts.filter(({ root, csv }) => !root.querySelector(`a[href="${csv}"]`)).map(({ path, csv }) => `${path}: ${csv}`);
    expect(unlinked).toEqual([]);
  });

  it('would catch a drawn number that is not in the file', () => {
    const { svg, csv } = charts.find((chart) => chart.csv.endsWith('/transfers.csv') && chart.svg.querySelector('circle.point'))!;
    const tampered = parseHtml(svg.toString());
    tampered.querySelector('circle.point')!.setAttribute('data-value', '987654321');
    expect(unbackedMarks(tampered, csvRows(csv))).toHaveLength(1);
  });
});
