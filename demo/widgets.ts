// The widgets on the demo page, wired to the sandbox through the same token provider (so they share
// one client: one token, one request per identical call).
import '../src/define.js';
import type { TokenProvider } from '../src/index.js';

export interface DemoWiring {
  tokenProvider: TokenProvider;
  calicoBaseUrl: string;
  partnerBaseUrl: string;
  picker: HTMLSelectElement;
}

const card = (title: string, body: string) => `<section class="card"><h2>${title}</h2>${body}</section>`;

export function mountWidgets(host: HTMLElement, { tokenProvider, calicoBaseUrl, picker }: DemoWiring): void {
  host.innerHTML = [
    card('Holdings', `<calico-user-assets base-url="${calicoBaseUrl}" page-size="10"></calico-user-assets>`),
    card('Linked exchanges and wallets', `<calico-user-accounts base-url="${calicoBaseUrl}"></calico-user-accounts>`),
    card('Transactions', `<calico-transactions base-url="${calicoBaseUrl}" page-size="10"></calico-transactions>`),
    card('All users\u2019 transactions', `<calico-transactions all-users base-url="${calicoBaseUrl}" page-size="10"></calico-transactions>`),
  ].join('');
  const perUser = host.querySelectorAll<HTMLElement & { userId?: string }>('calico-user-assets, calico-user-accounts, calico-transactions:not([all-users])');
  for (const el of host.querySelectorAll<HTMLElement & { tokenProvider?: TokenProvider }>('calico-user-assets, calico-user-accounts, calico-transactions')) {
    el.tokenProvider = tokenProvider;
  }
  const showUser = () => perUser.forEach((el) => (el.userId = picker.value));
  picker.addEventListener('change', showUser);
  showUser();
  host.addEventListener('calico-row-select', (event) => console.info('calico-row-select', event.record));
}
