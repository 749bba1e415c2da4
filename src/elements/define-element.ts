/** Registers a tag once: a second script tag, HMR or a double import never throws. */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
