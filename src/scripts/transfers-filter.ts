/**
 * Narrows the /transfers/ page (the arrangements' charts and the table of records) by sending country, receiving
 * region and year. The form is a GET form kept in the address bar; it is revealed only when this script runs, and
 * without it every chart and row is shown.
 */
import { matchesTransferFilter, splitList, transferFilterFromQuery, transferFilterToQuery } from '../lib/transfers/filter.ts';

export function enableTransfersFilter(form: HTMLFormElement): void {
  const items = [...document.querySelectorAll<HTMLElement>('[data-transfer-item]')];
  const charts = items.filter((item) => item.dataset.transferItem === 'chart');
  const rows = items.filter((item) => item.dataset.transferItem === 'row');
  const status = form.querySelector<HTMLElement>('[role="status"]');

  const apply = (query: string) => {
    const filter = transferFilterFromQuery(query);
    for (const item of items) {
      item.hidden = !matchesTransferFilter({ sending: splitList(item.dataset.sending), regions: splitList(item.dataset.regions), years: splitList(item.dataset.years) }, filter);
    }
    const shownCharts = charts.filter((item) => !item.hidden).length;
    const shownRows = rows.filter((item) => !item.hidden).length;
    if (status) {
      status.textContent =
        shownRows === 0
          ? 'No transfer record matches these choices.'
          : `Showing ${shownCharts} of ${charts.length} arrangements and ${shownRows} of ${rows.length} records.`;
    }
  };

  const fromForm = () => {
    const filter: Record<string, string> = {};
    for (const [name, value] of new FormData(form)) if (typeof value === 'string' && value) filter[name] = value;
    return transferFilterToQuery(filter);
  };

  const update = () => {
    const query = fromForm();
    apply(query);
    history.replaceState(null, '', query || location.pathname);
  };

  const initial = transferFilterFromQuery(location.search);
  for (const select of form.querySelectorAll('select')) select.value = initial[select.name as keyof typeof initial] ?? '';
  form.hidden = false;
  apply(fromForm());
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
  form.addEventListener('reset', () => setTimeout(update));
}
