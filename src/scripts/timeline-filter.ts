/**
 * Narrows the timeline list by agreement, country and kind. The form is a plain GET form kept in the address bar, so
 * a filtered view can be shared; it is revealed only when this script runs, and without it the list is complete.
 * When the timeline has several pages, the filter narrows the page shown and travels with the links to the others.
 */
import { filterFromQuery, matchesFilter, type TimelineKind } from '../lib/timeline.ts';

const words = (value: string | undefined) => (value ?? '').split(' ').filter(Boolean);

export function enableTimelineFilter(form: HTMLFormElement): void {
  const items = [...document.querySelectorAll<HTMLElement>('[data-timeline-event]')];
  const groups = [...document.querySelectorAll<HTMLElement>('[data-timeline-group]')];
  const count = document.querySelector<HTMLElement>('[data-timeline-count]');
  const pageLinks = [...document.querySelectorAll<HTMLAnchorElement>('[data-timeline-pages] a')];
  const elsewhere = document.querySelector<HTMLElement>('[data-timeline-elsewhere]');
  const onThisPage = count?.dataset.pages ? ' on this page' : '';
  const agreementSelect = form.querySelector<HTMLSelectElement>('select[name="agreement"]');

  const apply = (query: URLSearchParams) => {
    const filter = filterFromQuery(query);
    let shown = 0;
    for (const item of items) {
      const match = matchesFilter(
        { agreements: words(item.dataset.agreements), countries: words(item.dataset.countries), kind: item.dataset.kind as TimelineKind },
        filter,
      );
      item.hidden = !match;
      if (match) shown += 1;
    }
    for (const group of groups) group.hidden = !group.querySelector('[data-timeline-event]:not([hidden])');
    if (count) {
      count.textContent =
        shown === items.length ? `Showing all ${items.length} events${onThisPage}.` : `Showing ${shown} of ${items.length} events${onThisPage}.`;
    }
    // An agreement chosen on another page may have no events on this one: say so, and point to its own timeline.
    const absent = Boolean(filter.agreement) && ![...(agreementSelect?.options ?? [])].some((option) => option.value === filter.agreement);
    if (elsewhere) {
      elsewhere.hidden = !absent;
      const link = elsewhere.querySelector<HTMLAnchorElement>('[data-timeline-agreement-link]');
      if (link && absent) link.href = `/agreements/${encodeURIComponent(filter.agreement!)}/#timeline`;
    }
    const search = query.toString();
    for (const link of pageLinks) link.search = search;
  };

  const fromForm = () => {
    const query = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (typeof value === 'string' && value) query.append(name, value);
    return query;
  };

  const update = () => {
    const query = fromForm();
    apply(query);
    const search = query.toString();
    history.replaceState(null, '', search ? `?${search}` : location.pathname);
  };

  const initial = new URLSearchParams(location.search);
  for (const select of form.querySelectorAll('select')) select.value = initial.get(select.name) ?? '';
  const kinds = initial.getAll('kind');
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.checked = kinds.includes(box.value);

  form.hidden = false;
  // The address, not the form, on arrival: an agreement chosen on another page is kept even where it has no events.
  apply(initial);
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
  form.addEventListener('reset', () => setTimeout(update));
}
