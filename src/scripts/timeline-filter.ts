/**
 * Narrows the timeline list by agreement, country and kind. The form is a plain GET form kept in the address bar, so
 * a filtered view can be shared; it is revealed only when this script runs, and without it the list is complete.
 */
import { filterFromQuery, matchesFilter, type TimelineKind } from '../lib/timeline.ts';

const words = (value: string | undefined) => (value ?? '').split(' ').filter(Boolean);

export function enableTimelineFilter(form: HTMLFormElement): void {
  const items = [...document.querySelectorAll<HTMLElement>('[data-timeline-event]')];
  const groups = [...document.querySelectorAll<HTMLElement>('[data-timeline-group]')];
  const count = document.querySelector<HTMLElement>('[data-timeline-count]');

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
    if (count) count.textContent = shown === items.length ? `Showing all ${items.length} events.` : `Showing ${shown} of ${items.length} events.`;
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
  apply(fromForm());
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
  form.addEventListener('reset', () => setTimeout(update));
}
