/** Building the pages' DOM with elements and textContent only: text from a journal never becomes markup. */

/** A new element with properties set and children appended. */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/**
 * Keeps a chart's box whole on screen in a short view: its height is the room left below its top
 * (never under `min`, never over `max`), measured again when the view is resized or the content
 * above it changes size — a headline wrapping, a problem line appearing.
 */
export function fitToView(box: HTMLElement, above: readonly Element[], min: number, max: number): void {
  const margin = 12;
  const fit = (): void => {
    const top = box.getBoundingClientRect().top + window.scrollY;
    const height = Math.max(min, Math.min(max, Math.floor(window.innerHeight - top - margin)));
    if (box.style.height !== `${height}px`) {
      box.style.height = `${height}px`;
    }
  };
  const observer = new ResizeObserver(fit);
  for (const element of above) {
    observer.observe(element);
  }
  window.addEventListener('resize', fit);
  fit();
}
