/**
 * Cuts a long list ordered by year into pages of bounded length, so no page grows with the corpus: whole years while
 * they fit together, a year too long for one page into numbered parts. The timeline and the agreements list page
 * this way; the first page keeps the list's own address, so a small corpus has exactly one page.
 */

export type YearPage<T> = {
  /** Path segment of the page: '' for the first, else "2019-2005" (years), "2020" or "2020-2" (a year's second part). */
  slug: string;
  /** What the page covers, in words: "2025 to 2019", "2020", "2020, part 2 of 5". */
  label: string;
  items: T[];
};

/** Pages of at most `maxItems` from `items`, which must already be grouped by year (newest or oldest first). */
export function pageByYear<T>(items: T[], yearOf: (item: T) => string, maxItems: number): YearPage<T>[] {
  const years: { year: string; items: T[] }[] = [];
  for (const item of items) {
    const year = yearOf(item);
    if (years.at(-1)?.year !== year) years.push({ year, items: [] });
    years.at(-1)!.items.push(item);
  }
  const pages: { years: string[]; items: T[]; part?: [number, number] }[] = [];
  for (const { year, items: ofYear } of years) {
    const last = pages.at(-1);
    if (last && !last.part && last.items.length + ofYear.length <= maxItems) {
      last.years.push(year);
      last.items.push(...ofYear);
    } else if (ofYear.length <= maxItems) {
      pages.push({ years: [year], items: [...ofYear] });
    } else {
      const parts = Math.ceil(ofYear.length / maxItems);
      for (let part = 0; part < parts; part++) {
        pages.push({ years: [year], items: ofYear.slice(part * maxItems, (part + 1) * maxItems), part: [part + 1, parts] });
      }
    }
  }
  return pages.map((page, index) => {
    const span = page.years.length > 1 ? `${page.years[0]} to ${page.years.at(-1)}` : page.years[0];
    return {
      slug: index === 0 ? '' : page.part ? `${page.years[0]}-${page.part[0]}` : page.years.length > 1 ? `${page.years[0]}-${page.years.at(-1)}` : page.years[0],
      label: page.part ? `${span}, part ${page.part[0]} of ${page.part[1]}` : span,
      items: page.items,
    };
  });
}
