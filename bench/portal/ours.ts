// The demo portal's widgets (demo/widgets.ts), cold: same seven widgets, one shared token provider.
import '../../dist/define.js'; // the built package, as a bank's app imports it (templates minified by the build)
import type { TokenProvider } from '../../src/index.js';

const USER = '946416e3-f6b4-4a54-86e9-9e2843f0573e'; // the sandbox's rich fixture user
const calico = '/sandbox/calico';
const partner = '/sandbox/partner/v1';

/** As demo/main.ts: the bank's backend hands out a short-lived token. */
const tokenProvider: TokenProvider = async ({ signal }) => {
  const res = await fetch('/sandbox/token', { method: 'POST', body: '{}', signal });
  if (!res.ok) throw new Error(`token endpoint answered ${res.status}`);
  const body = (await res.json()) as { access_token: string; expires_in: number };
  return { token: body.access_token, expiresIn: body.expires_in };
};

const card = (title: string, body: string) => `<section class="card"><h2>${title}</h2>${body}</section>`;
const host = document.querySelector<HTMLElement>('#widgets')!;
host.innerHTML = [
  card('Enterprise overview', `<calico-stats base-url="${calico}"></calico-stats>`),
  card('Holdings', `<calico-user-assets base-url="${calico}" page-size="10"></calico-user-assets>`),
  card('Linked exchanges and wallets', `<calico-user-accounts base-url="${calico}"></calico-user-accounts>`),
  card('Transactions', `<calico-transactions base-url="${calico}" page-size="10"></calico-transactions>`),
  card('Users', `<calico-users base-url="${calico}" page-size="10" allow-deactivate></calico-users>`),
  card('Investment members (Partner API)', `<partner-user-list base-url="${partner}" page-size="10"></partner-user-list>`),
  card('All users\u2019 transactions', `<calico-transactions all-users base-url="${calico}" page-size="10"></calico-transactions>`),
].join('');
// Properties after the markup, as the demo sets them (the elements are already upgraded).
for (const el of host.querySelectorAll<HTMLElement & { tokenProvider?: TokenProvider }>('section > *:not(h2)')) el.tokenProvider = tokenProvider;
for (const el of host.querySelectorAll<HTMLElement & { userId?: string }>('calico-user-assets, calico-user-accounts, calico-transactions:not([all-users])')) el.userId = USER;
