/**
 * Copy buttons for citation text. Without the Clipboard API (an insecure origin, an old browser) the buttons stay
 * hidden and the text stays selectable as it always is. The outcome is announced in the group's status line.
 */
export function enableCopyButtons(root: ParentNode): void {
  if (!navigator.clipboard?.writeText) return;
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy-target]')) {
    const target = document.getElementById(button.dataset.copyTarget ?? '');
    if (!target) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
      const status = button.closest('[data-copy-group]')?.querySelector('[role="status"]');
      const label = button.dataset.copyLabel ?? 'Text';
      try {
        await navigator.clipboard.writeText(target.textContent ?? '');
        if (status) status.textContent = `${label} copied to the clipboard.`;
      } catch {
        // Permission refused: select the text so the reader can copy it with the keyboard.
        const range = document.createRange();
        range.selectNodeContents(target);
        const selection = window.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
        if (status) status.textContent = `Could not copy automatically; the ${label.toLowerCase()} is selected, press Ctrl+C or ⌘C.`;
      }
    });
  }
}
