/** axe-core with exactly the rule sets the design names: WCAG 2.0 A/AA, 2.1 AA, 2.2 AA (target size included). */
import 'axe-core/axe.min.js';

interface AxeResult {
  violations: { id: string; help: string; nodes: { target: unknown; html: string }[] }[];
}
declare global {
  interface Window {
    axe: { run(context: Element, options: object): Promise<AxeResult> };
  }
}

export async function expectAccessible(el: Element, state = ''): Promise<void> {
  const { violations } = await window.axe.run(el, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    rules: { 'target-size': { enabled: true } },
  });
  if (violations.length) {
    const lines = violations.map((v) => `${v.id}: ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.html).join('\n    ')}`);
    throw new Error(`axe found ${violations.length} violation(s)${state ? ` (${state})` : ''}:\n${lines.join('\n')}`);
  }
}
