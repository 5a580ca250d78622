/** Registers a tag once: a page that loads the script twice must not throw on the second definition. */
export function define(name: string, element: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, element);
}
