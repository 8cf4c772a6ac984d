/**
 * Copy buttons: each `button[data-copy]` copies the text of the element its value names and
 * says so in the status line beside it, in the page's language (the strings are on the button).
 */
export function enableCopyButtons(root: ParentNode = document): void {
  if (!navigator.clipboard) return; // Not a secure context: the text stays selectable instead.
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    const id = button.dataset.copy!;
    const status = root.querySelector<HTMLElement>(`[data-status-for="${id}"]`);
    button.hidden = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    button.addEventListener('click', async () => {
      const text = document.getElementById(id)?.textContent ?? '';
      let message: string;
      try {
        await navigator.clipboard.writeText(text);
        message = button.dataset.copied ?? '';
        button.classList.add('is-copied');
      } catch {
        message = button.dataset.failed ?? '';
      }
      if (status) status.textContent = message;
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (status) status.textContent = '';
        button.classList.remove('is-copied');
      }, 5000);
    });
  }
}
