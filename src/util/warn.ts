const warned = new Set<string>();

/** Console warnings for integrators: each distinct message once per page, never with a token in it. */
export function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`[calico-widgets] ${message}`);
}
