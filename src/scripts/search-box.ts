/**
 * The header search box as an ARIA 1.2 combobox: results as you type in a listbox, in the order of the results page
 * (sections under their agreement, each result named with its kind), the active option
 * named by aria-activedescendant while focus stays in the input, arrow keys to move, Enter to open, Escape to close.
 * Loaded by the small loader in SearchBox.astro the first time a reader reaches for the box.
 */
import { searchKindNames } from '../lib/search/documents.ts';
import { groupSectionsUnderPages } from '../lib/search/group.ts';
import type { SearchResult } from '../lib/search/query.ts';
import { loadSearch } from './search-client.ts';
import { element, highlighted, resultDetails } from './search-render.ts';

/** Results shown in the box; the search page shows the rest. */
const BOX_LIMIT = 8;

type Choice = { node: HTMLElement; url?: string; query?: string };

export function attachSearchBox(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[type="search"]');
  const popup = form.querySelector<HTMLElement>('[data-search-popup]');
  const listbox = form.querySelector<HTMLElement>('[role="listbox"]');
  const message = form.querySelector<HTMLElement>('[data-search-message]');
  const status = form.querySelector<HTMLElement>('[data-search-status]');
  if (!input || !popup || !listbox || !message || !status || form.dataset.searchAttached) return;
  form.dataset.searchAttached = 'true';

  let choices: Choice[] = [];
  let active = -1;
  let ticket = 0;

  const setExpanded = (open: boolean) => {
    popup.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    if (!open) setActive(-1);
  };

  function setActive(next: number) {
    choices[active]?.node.setAttribute('aria-selected', 'false');
    active = next;
    const choice = choices[active];
    if (choice) {
      choice.node.setAttribute('aria-selected', 'true');
      input!.setAttribute('aria-activedescendant', choice.node.id);
      choice.node.scrollIntoView({ block: 'nearest' });
    } else {
      input!.removeAttribute('aria-activedescendant');
    }
  }

  function option(id: number, choice: Omit<Choice, 'node'>, ...content: (HTMLElement | string)[]): HTMLElement {
    const node = element('div', 'search-option');
    node.id = `${listbox!.id}-option-${id}`;
    node.setAttribute('role', 'option');
    node.setAttribute('aria-selected', 'false');
    node.append(...content);
    choices.push({ node, ...choice });
    return node;
  }

  function group(label: string, id: string, options: HTMLElement[]): HTMLElement {
    const node = element('div', 'search-group');
    node.setAttribute('role', 'group');
    const heading = element('div', 'search-group__label', label);
    heading.id = `${listbox!.id}-group-${id}`;
    heading.setAttribute('role', 'presentation');
    node.setAttribute('aria-labelledby', heading.id);
    node.append(heading, ...options);
    return node;
  }

  function render(result: SearchResult) {
    choices = [];
    active = -1;
    input!.removeAttribute('aria-activedescendant');
    // One group per page, in rank order, so the box ranks as the results page does; a page's matching sections
    // follow it, and the page itself is offered even when only its sections matched.
    const options: HTMLElement[] = [];
    for (const page of groupSectionsUnderPages(result.hits)) {
      options.push(
        option(
          choices.length,
          { url: page.doc.u },
          highlighted('span', 'search-result__title', page.doc.t, result.highlight),
          ' ',
          element('span', 'search-result__kind', searchKindNames[page.doc.k]),
          ...resultDetails(page.doc, result.highlight, page.doc.k === 'term' && Boolean(page.hit)),
        ),
        ...page.sections.map((section) => {
          const node = option(
            choices.length,
            { url: section.doc.u },
            highlighted('span', 'search-result__title', section.doc.t, result.highlight),
            element('span', 'visually-hidden', `, section of ${page.doc.t}`),
          );
          node.classList.add('search-option--section');
          return node;
        }),
      );
    }
    const groups: HTMLElement[] = options.length ? [group('Results', 'results', options)] : [];
    const allResultsUrl = `/search/?q=${encodeURIComponent(result.query)}`;
    const more: HTMLElement[] = [];
    if (result.total > 0) {
      more.push(option(choices.length, { url: allResultsUrl }, `All ${result.total} results for “${result.query}”`));
      message!.textContent = '';
      message!.hidden = true;
    } else {
      message!.textContent = `No results for “${result.query}”.`;
      message!.hidden = false;
      if (result.suggestion)
        more.push(option(choices.length, { query: result.suggestion }, `Search for “${result.suggestion}” instead`));
      more.push(option(choices.length, { url: '/terms/' }, 'Browse the glossary'));
      more.push(option(choices.length, { url: '/agreements/' }, 'Browse all agreements'));
    }
    groups.push(group(result.total > 0 ? 'More' : 'Suggestions', 'more', more));
    listbox!.replaceChildren(...groups);
    status!.textContent =
      result.total > 0
        ? `${result.total} result${result.total === 1 ? '' : 's'}; the first ${Math.min(result.total, BOX_LIMIT)} are listed. Use the up and down arrow keys to choose one.`
        : `No results for ${result.query}.${result.suggestion ? ` Try ${result.suggestion}.` : ''}`;
    setExpanded(true);
  }

  async function update() {
    const query = input!.value;
    const mine = ++ticket;
    if (!query.trim()) {
      setExpanded(false);
      status!.textContent = '';
      return;
    }
    try {
      const search = await loadSearch();
      const result = await search.search(query, { limit: BOX_LIMIT });
      if (mine !== ticket) return;
      render(result);
    } catch {
      if (mine === ticket) status!.textContent = 'Search could not be loaded here. Press Enter to search on the results page.';
    }
  }

  function choose(choice: Choice | undefined) {
    if (!choice) return;
    if (choice.query !== undefined) {
      input!.value = choice.query;
      input!.focus();
      void update();
    } else if (choice.url) {
      setExpanded(false);
      window.location.assign(choice.url);
    }
  }

  input.addEventListener('input', () => void update());
  input.addEventListener('focus', () => {
    if (input.value.trim()) void update();
  });
  input.addEventListener('keydown', (event) => {
    const open = !popup.hidden;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) {
        void update();
        return;
      }
      if (choices.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive(active === -1 ? (step === 1 ? 0 : choices.length - 1) : (active + step + choices.length) % choices.length);
    } else if (event.key === 'Enter' && open && active >= 0) {
      // Enter with no active option submits the form to the full results page.
      event.preventDefault();
      choose(choices[active]);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setExpanded(false);
    }
  });
  // Keep focus in the input while an option is clicked, so the popup does not close first.
  listbox.addEventListener('mousedown', (event) => event.preventDefault());
  listbox.addEventListener('click', (event) => {
    const node = (event.target as Element).closest('[role="option"]');
    choose(choices.find((choice) => choice.node === node));
  });
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) setExpanded(false);
  });

  // The reader is about to type: fetch the manifest now so the first keystroke finds it ready.
  loadSearch().catch(() => undefined);
  if (document.activeElement === input && input.value.trim()) void update();
}
