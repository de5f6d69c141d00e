// `use:onEscape={cancel}`: Escape anywhere inside the element cancels what it is editing.
export function onEscape(node: HTMLElement, handler: () => void) {
  let current = handler;
  const listener = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    // Only the innermost editor cancels; a modal dialog handles its own Escape.
    event.stopPropagation();
    current();
  };
  node.addEventListener('keydown', listener);
  return {
    update(next: () => void) {
      current = next;
    },
    destroy() {
      node.removeEventListener('keydown', listener);
    },
  };
}
