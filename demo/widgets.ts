// The widgets on the demo page, wired to the sandbox through the same token provider (so they share
// one client: one token, one request per identical call).
import '../src/define.js';

export interface DemoWiring {
  /** The bank's proxies (demo/proxy.ts): the page holds no API credential, only its session cookie. */
  calicoBaseUrl: string;
  partnerBaseUrl: string;
  picker: HTMLSelectElement;
}

const card = (title: string, body: string) => `<section class="card"><h2>${title}</h2>${body}</section>`;

export function mountWidgets(host: HTMLElement, { calicoBaseUrl, partnerBaseUrl, picker }: DemoWiring): void {
  host.innerHTML = [
    card('Enterprise overview', `<calico-stats refresh-interval="60" base-url="${calicoBaseUrl}"></calico-stats>`),
    card('Holdings', `<calico-user-assets detail export no-caption base-url="${calicoBaseUrl}" page-size="10"></calico-user-assets>`),
    card('Linked exchanges and wallets', `<calico-user-accounts detail no-caption base-url="${calicoBaseUrl}"></calico-user-accounts>`),
    card('Transactions', `<calico-transactions detail export no-caption base-url="${calicoBaseUrl}" page-size="10"></calico-transactions>`),
    card('Users', `<calico-users detail export no-caption base-url="${calicoBaseUrl}" page-size="10"></calico-users>`),
    card('Investment members (Partner API)', `<partner-user-list detail export no-caption base-url="${partnerBaseUrl}" page-size="10"></partner-user-list>`),
    card('All users\u2019 transactions', `<calico-transactions detail all-users export no-caption base-url="${calicoBaseUrl}" page-size="10"></calico-transactions>`),
    card('Linked accounts, enterprise-wide', `<calico-accounts detail export no-caption base-url="${calicoBaseUrl}" page-size="10"></calico-accounts>`),
    card('Orders (Partner API)', `<partner-orders detail export no-caption base-url="${partnerBaseUrl}" page-size="10"></partner-orders>`),
    card('Sources Calico supports', `<calico-providers detail catalog no-caption base-url="${calicoBaseUrl}" page-size="10"></calico-providers>`),
  ].join('');
  const perUser = host.querySelectorAll<HTMLElement & { userId?: string }>('calico-user-assets, calico-user-accounts, calico-transactions:not([all-users])');
  // The portal's session is a cookie the proxies read: no token in the page at all.
  for (const el of host.querySelectorAll(':is(calico-user-assets, calico-user-accounts, calico-transactions, calico-users, partner-user-list, calico-stats, calico-accounts, calico-providers, partner-orders)')) {
    el.setAttribute('cookie-session', '');
  }
  const showUser = () => perUser.forEach((el) => (el.userId = picker.value));
  picker.addEventListener('change', showUser);
  showUser();
  // Every list opens its detail panel on a row; a host can also listen: picking a user shows them in the cards above too.
  host.querySelector('calico-users')!.addEventListener('calico-row-select', (event) => {
    const user = event.record as { user_id: string; full_name: string };
    if (![...picker.options].some((o) => o.value === user.user_id)) picker.add(new Option(user.full_name, user.user_id));
    picker.value = user.user_id;
    showUser();
  });
}
