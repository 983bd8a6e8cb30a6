/**
 * The one inline script: it runs in <head> before the first paint so a chosen theme never flashes, and wires the
 * header's theme toggle. Inline scripts need their hash in the Content-Security-Policy, so astro.config.mjs hashes
 * this exact text (themeScriptHash) and Base.astro renders it.
 */
import { createHash } from 'node:crypto';

export const themeScript = `(function () {
  var root = document.documentElement;
  var stored = null;
  try { stored = localStorage.getItem('theme'); } catch (e) {}
  if (stored === 'light' || stored === 'dark') root.dataset.theme = stored;
  root.dataset.js = '';
  function isDark() {
    return root.dataset.theme ? root.dataset.theme === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
  }
  document.addEventListener('click', function (event) {
    var button = event.target instanceof Element ? event.target.closest('[data-theme-toggle]') : null;
    if (!button) return;
    var next = isDark() ? 'light' : 'dark';
    root.dataset.theme = next;
    try { localStorage.setItem('theme', next); } catch (e) {}
    button.setAttribute('aria-pressed', String(next === 'dark'));
  });
  document.addEventListener('DOMContentLoaded', function () {
    var button = document.querySelector('[data-theme-toggle]');
    if (button) button.setAttribute('aria-pressed', String(isDark()));
  });
})();`;

export const themeScriptHash = `sha256-${createHash('sha256').update(themeScript).digest('base64')}` as const;
