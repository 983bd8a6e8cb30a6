/**
 * The agreements list cut into pages by year (src/lib/year-pages.ts), so no page grows with the corpus: newest years
 * first, each page in title order, the first page at /agreements/ itself. Today's few dozen agreements are one page.
 */
import { pageByYear, type YearPage } from '../year-pages.ts';
import type { IndexRow } from './view.ts';

/**
 * Most agreements one page lists. A row of real content weighs about 0.2 KB gzip, so a full page stays well under the
 * 150 KB page budget (issue 19) with room for the form and the page list.
 */
export const INDEX_PAGE_ROWS = 500;

export type IndexPage = YearPage<IndexRow>;

const byTitle = (a: IndexRow, b: IndexRow) => a.shortTitle.localeCompare(b.shortTitle, 'en');

/** Every row on exactly one page: pages newest year first, each page in title order (the list's default order). */
export function paginateIndex(rows: IndexRow[], maxRows = INDEX_PAGE_ROWS): IndexPage[] {
  const ordered = [...rows].sort((a, b) => b.year - a.year || byTitle(a, b));
  const pages = pageByYear(ordered, (row) => String(row.year), maxRows);
  if (pages.length === 0) return [{ slug: '', label: 'No agreements', items: [] }];
  return pages.map((page) => ({ ...page, items: page.items.sort(byTitle) }));
}

/** The address of a page of the list. */
export const indexPagePath = (page: Pick<IndexPage, 'slug'>) => (page.slug ? `/agreements/years/${page.slug}/` : '/agreements/');
