/**
 * The one script every page runs at load, inline in <head>, kept tiny because content pages may run at most 2 KB of
 * JavaScript before search is opened:
 * - the theme: applied before the first paint so a chosen theme never flashes; the header toggle flips and stores it;
 * - copy buttons ("Cite this page"): one delegated click handler; without the Clipboard API the buttons stay hidden
 *   (CSS keys on data-clipboard) and the text stays selectable, and if copying is refused the text is selected;
 * - glossary tooltips (shown by CSS on hover and focus, src/lib/term-links.ts): Escape hides them without moving the
 *   pointer or focus (WCAG 1.4.13), until the next key (Tab to another link) or the pointer leaves the link.
 * Inline scripts need their hash in the Content-Security-Policy: astro.config.mjs hashes this exact text
 * (pageScriptHash) and Base.astro renders it.
 */
import { createHash } from 'node:crypto';
import { transformSync } from 'esbuild';

const pageScriptSource = `(function () {
var d = document, root = d.documentElement, stored = null;
try { stored = localStorage.getItem('theme'); } catch (e) {}
if (stored === 'light' || stored === 'dark') root.dataset.theme = stored;
root.dataset.js = '';
if (navigator.clipboard && navigator.clipboard.writeText) root.dataset.clipboard = '';
function isDark() { return root.dataset.theme ? root.dataset.theme === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches; }
function copy(button) {
  var target = d.getElementById(button.dataset.copyTarget || ''), group = button.closest('[data-copy-group]');
  var status = group && group.querySelector('[role="status"]'), label = button.dataset.copyLabel || 'Text';
  if (!target) return;
  navigator.clipboard.writeText(target.textContent || '').then(function () {
    if (status) status.textContent = label + ' copied.';
  }, function () {
    var range = d.createRange(), selection = getSelection();
    range.selectNodeContents(target); selection.removeAllRanges(); selection.addRange(range);
    if (status) status.textContent = 'Not copied: the text is selected; press Ctrl+C.';
  });
}
d.addEventListener('click', function (event) {
  var element = event.target instanceof Element ? event.target : null;
  var toggle = element && element.closest('[data-theme-toggle]'), copyButton = element && element.closest('button[data-copy-target]');
  if (copyButton && root.dataset.clipboard !== undefined) copy(copyButton);
  if (!toggle) return;
  var next = isDark() ? 'light' : 'dark';
  root.dataset.theme = next;
  try { localStorage.setItem('theme', next); } catch (e) {}
  toggle.setAttribute('aria-pressed', String(next === 'dark'));
});
d.addEventListener('keydown', function (event) { root.toggleAttribute('data-tips-off', event.key === 'Escape'); });
d.addEventListener('mouseout', function () { root.removeAttribute('data-tips-off'); });
d.addEventListener('DOMContentLoaded', function () {
  var toggle = d.querySelector('[data-theme-toggle]');
  if (toggle) toggle.setAttribute('aria-pressed', String(isDark()));
});
})();`;

/** What pages ship: the source above, minified (the budget counts bytes; the source stays readable). */
export const pageScript = transformSync(pageScriptSource, { minify: true, target: 'es2019' }).code.trim();

export const pageScriptHash = `sha256-${createHash('sha256').update(pageScript).digest('base64')}` as const;
