/**
 * A harness for list widgets: finds things the way a person (or a screen reader) does — by role,
 * accessible text and part — never by internal class names.
 */
import { fixture } from '@open-wc/testing';
import { html } from 'lit';

export async function waitFor<T>(check: () => T | undefined | null | false, what = 'condition', timeout = 8000): Promise<T> {
  const started = performance.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() - started > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export class ListHarness<E extends HTMLElement = HTMLElement> {
  constructor(readonly el: E) {}

  get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }
  part(name: string): HTMLElement | null {
    return this.root?.querySelector(`[part~="${name}"]`);
  }
  visible(name: string): HTMLElement | null {
    const found = this.part(name);
    return found && !found.closest('[hidden]') ? found : null;
  }
  get table(): HTMLTableElement {
    return this.part('table') as HTMLTableElement;
  }
  get caption(): string {
    return this.table.caption?.textContent?.trim() ?? '';
  }
  /** Data rows (not skeleton rows). */
  rows(): HTMLTableRowElement[] {
    if (!this.el.shadowRoot || !this.table) return [];
    return [...this.table.tBodies[0]!.rows].filter((r) => !r.getAttribute('part')!.includes('skeleton'));
  }
  skeletonRows(): HTMLTableRowElement[] {
    return [...this.table.tBodies[0]!.rows].filter((r) => r.getAttribute('part')!.includes('skeleton'));
  }
  headers(): string[] {
    return [...this.table.tHead!.rows[0]!.cells].map((c) => c.textContent!.trim());
  }
  cells(row: number): string[] {
    return [...this.rows()[row]!.cells].map((c) => c.textContent!.replace(/\s+/g, ' ').trim());
  }
  /** A button by its accessible name (aria-label, else its text). */
  button(name: string | RegExp, within: ParentNode = this.root): HTMLButtonElement {
    const nameOf = (b: HTMLButtonElement) => b.getAttribute('aria-label') ?? b.textContent!.trim();
    const found = [...within.querySelectorAll('button')].find((b) =>
      typeof name === 'string' ? nameOf(b) === name : name.test(nameOf(b)),
    );
    if (!found) throw new Error(`no button "${name}"`);
    return found;
  }
  get pager(): HTMLElement {
    return this.root.querySelector('nav')!;
  }
  get nextButton(): HTMLButtonElement {
    return this.button('Next', this.pager);
  }
  get previousButton(): HTMLButtonElement {
    return this.button('Previous', this.pager);
  }
  /** A form control by its label text. */
  control<T extends HTMLElement = HTMLSelectElement>(label: string): T {
    const found = [...this.root.querySelectorAll('label')].find((l) => l.textContent!.trim().startsWith(label));
    if (!found) throw new Error(`no control labelled "${label}"`);
    return found.querySelector('select, input') as unknown as T;
  }
  get live(): string {
    return this.root.querySelector('[aria-live="polite"]')!.textContent!.trim();
  }
  get busy(): boolean {
    if (!this.el.shadowRoot || !this.table) return true; // not rendered yet
    return this.table.getAttribute('aria-busy') === 'true';
  }
  alert(): HTMLElement | null {
    return this.root?.querySelector('[role="alert"]') ?? null;
  }

  async loaded(): Promise<void> {
    await waitFor(() => !this.busy && (this.rows().length > 0 || this.visible('empty') || this.alert()), 'the widget to settle');
    await (this.el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  }
  async rowsSettled(): Promise<void> {
    await waitFor(() => !this.busy && this.rows().length > 0, 'rows');
    await (this.el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  }
}

/** Mounts a widget (properties set before it connects, as frameworks do) and returns its harness. */
export async function mount<E extends HTMLElement>(tag: string, attrs: Record<string, string>, props: Record<string, unknown> = {}): Promise<ListHarness<E>> {
  const el = document.createElement(tag) as E;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  Object.assign(el, props);
  const host = await fixture(html`<div></div>`);
  host.append(el);
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return new ListHarness(el);
}

/** Collects a widget's events of one type. */
export function collect<T extends Event>(target: EventTarget, type: string): T[] {
  const seen: T[] = [];
  target.addEventListener(type, (e) => seen.push(e as T));
  return seen;
}

/** Captures console.warn while `body` runs (the widgets warn once per bad attribute). */
export async function captureWarnings(body: (warnings: string[]) => Promise<void>): Promise<void> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await body(warnings);
  } finally {
    console.warn = original;
  }
}
