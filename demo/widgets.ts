// The widgets on the demo page. Each new element is added here as it lands.
import type { TokenProvider } from '../src/index.js';

export interface DemoWiring {
  tokenProvider: TokenProvider;
  calicoBaseUrl: string;
  partnerBaseUrl: string;
  picker: HTMLSelectElement;
}

export function mountWidgets(_host: HTMLElement, _wiring: DemoWiring): void {}
