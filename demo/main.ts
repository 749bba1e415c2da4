// The demo portal: wires the sandbox controls, a token provider as a bank would write one, and the
// widgets (registered by ./widgets.ts) to the embedded sandbox API.
import { clearSharedClients, createCalicoClient, createPartnerClient, registerLocale, type LocaleStrings, type TokenProvider } from '../src/index.js';
// Only the ids: the sandbox itself runs in the dev server, not in this page.
import { FIXTURE_USERS, userId as sandboxUserId } from '../src/sandbox/data.js';
import { mountWidgets } from './widgets.js';

const controls = document.querySelector<HTMLFormElement>('#controls')!;
const tokenStats = document.querySelector('#token-stats')!;
let tokenCalls = 0;

/** What a bank's page does: ask its own backend for a short-lived token. The token stays in memory. */
const tokenProvider: TokenProvider = async ({ signal }) => {
  const lifetime = Number(new FormData(controls).get('lifetime'));
  const res = await fetch('/sandbox/token', { method: 'POST', body: JSON.stringify({ lifetime }), signal });
  if (!res.ok) throw new Error(`token endpoint answered ${res.status}`);
  const body = (await res.json()) as { access_token: string; expires_in: number };
  tokenCalls++;
  void showTokenStats();
  return { token: body.access_token, expiresIn: body.expires_in };
};

const calicoBaseUrl = '/sandbox/calico';
const partnerBaseUrl = '/sandbox/partner/v1';
const calico = createCalicoClient({ baseUrl: calicoBaseUrl, tokenProvider });
const partner = createPartnerClient({ baseUrl: partnerBaseUrl, tokenProvider });

// ---- sandbox controls ----
async function applyFaults() {
  const form = new FormData(controls);
  const latency = Number(form.get('latency'));
  const failureRate = Number(form.get('failureRate')) / 100;
  document.querySelector('#latency-out')!.textContent = `${latency} ms`;
  document.querySelector('#failure-out')!.textContent = `${Math.round(failureRate * 100)} %`;
  await fetch('/sandbox/config', { method: 'POST', body: JSON.stringify({ latency, failureRate }) });
}

/** The translations load only when chosen, as a bank's page would load them. */
const TRANSLATIONS: Record<string, () => Promise<{ default: LocaleStrings }>> = {
  de: () => import('../src/locales/de.js'),
  es: () => import('../src/locales/es.js'),
  fr: () => import('../src/locales/fr.js'),
  'pt-BR': () => import('../src/locales/pt-BR.js'),
  ar: () => import('../src/locales/ar.js'),
};

async function applyLook() {
  const form = new FormData(controls);
  const lang = String(form.get('locale'));
  const load = TRANSLATIONS[lang] ?? TRANSLATIONS[lang.split('-')[0]!];
  if (load) registerLocale(lang.startsWith('pt') ? 'pt-BR' : lang.split('-')[0]!, (await load()).default);
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  const theme = String(form.get('theme'));
  if (theme === 'auto') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}

const picker = document.querySelector<HTMLSelectElement>('#user-picker')!;
const fixtures: [string, string][] = [
  ['Ada Lovelace — many sources, one revoked', sandboxUserId(FIXTURE_USERS.rich)],
  ['A user with nothing linked (empty states)', sandboxUserId(FIXTURE_USERS.empty)],
  ['A user with 10,000 transactions', sandboxUserId(FIXTURE_USERS.heavy)],
  ['An unknown user (not found)', '00000000-0000-4000-8000-000000000000'],
];
for (const [label, id] of fixtures) picker.add(new Option(label, id));

controls.addEventListener('input', (event) => {
  const name = (event.target as HTMLInputElement).name;
  if (name === 'latency' || name === 'failureRate') void applyFaults();
  if (name === 'locale' || name === 'theme') void applyLook();
  if (name === 'session') applySession();
  if (name === 'lifetime') void applyLifetime();
});

/** The new lifetime applies to the next token at once: the proxy's credential and this page's own. */
async function applyLifetime() {
  const seconds = Number(new FormData(controls).get('lifetime'));
  await fetch(`/demo/token-lifetime?seconds=${seconds}`, { method: 'POST' });
  startNextSession();
}

/**
 * Ends the session on screen and starts the next: after clearSharedClients() every widget waits, showing
 * nothing, until the page gives it the next session; here, the same inputs, read again (refresh()).
 */
function startNextSession() {
  clearSharedClients();
  for (const el of document.querySelectorAll<HTMLElement & { refresh(): void }>('#widgets :is(calico-user-assets, calico-user-accounts, calico-transactions, calico-users, partner-user-list, calico-stats, calico-accounts, calico-providers, partner-orders)')) el.refresh();
}
/** What the server half did with its credential, told after every load. */
async function showTokenStats() {
  const { fetched, lifetime } = (await (await fetch('/demo/token-stats')).json()) as { fetched: number; lifetime: number };
  const page = tokenCalls ? ` The API explorer's own token provider: ${tokenCalls} call(s).` : '';
  tokenStats.textContent = `The server half has fetched its Calico credential ${fetched} time(s); each lives ${lifetime} s.${page}`;
}
let statsQueued = false;
document.addEventListener('calico-load', () => {
  if (statsQueued) return;
  statsQueued = true;
  setTimeout(() => ((statsQueued = false), void showTokenStats()), 250);
});
/**
 * Who is signed in: a cookie the demo's proxies read (demo/proxy.ts). A customer reaches only her own
 * data (the enterprise widgets say "You don't have access to this."); staff read everything; only an
 * admin may deactivate. A new person at the screen ends the last session: nothing of it is used after.
 */
const WHO: Record<string, string> = { 'staff:admin': 'Relationship Manager (admin)', 'staff:analyst': 'Analyst', customer: 'Ada Lovelace' };
function applySession(endLastSession = true) {
  const chosen = String(new FormData(controls).get('session'));
  const customer = chosen === 'customer';
  document.querySelector('.portal-header .who strong')!.textContent = WHO[chosen] ?? chosen; // the header follows the switcher
  document.cookie = `demo_session=${customer ? `customer:${sandboxUserId(FIXTURE_USERS.rich)}` : chosen}; path=/; SameSite=Strict`;
  if (customer && picker.value !== sandboxUserId(FIXTURE_USERS.rich)) {
    picker.value = sandboxUserId(FIXTURE_USERS.rich);
    picker.dispatchEvent(new Event('change'));
  }
  picker.disabled = customer;
  document.querySelector('calico-users')?.toggleAttribute('allow-deactivate', chosen === 'staff:admin');
  if (endLastSession) startNextSession();
}

await applyFaults();
void applyLook();
applySession(false); // the cookie, before the first request
mountWidgets(document.querySelector('#widgets')!, { calicoBaseUrl: '/calico-proxy', partnerBaseUrl: '/partner-proxy', picker });
applySession(false); // and Deactivate for an admin, now that the widgets exist

// ---- API explorer ----
const user = () => picker.value;
const calls: Record<string, () => Promise<unknown>> = {
  'Calico #1 user assets': () => calico.userAssets(user(), { limit: 5 }),
  'Calico #2 user providers': () => calico.userProviders(user()),
  'Calico #3 user transactions': () => calico.userTransactions(user(), { limit: 5 }),
  'Calico #5 accounts': () => calico.accounts({ limit: 5 }),
  'Calico #6 transactions (all users)': () => calico.transactions({ limit: 5 }),
  'Calico #7 users': () => calico.users({ limit: 5 }),
  'Calico #8 search users "zoë"': () => calico.searchUsers({ query: 'zoë', limit: 5 }),
  'Calico #9 user stats': () => calico.userStats(),
  'Calico #10 accounts by provider': () => calico.accountsByProvider(),
  'Calico #11 balance': () => calico.balance(),
  'Calico #12 top traded assets': () => calico.topTradedAssets({ limit: 5 }),
  'Calico #13 enterprise providers': () => calico.enterpriseProviders(),
  'Partner GET /users/': () => partner.listUsers({ per_page: 3 }),
  'Partner GET /orders/': () => partner.listOrders({ per_page: 3 }),
};
const endpoint = document.querySelector<HTMLSelectElement>('#endpoint')!;
for (const name of Object.keys(calls)) endpoint.add(new Option(name, name));
const out = document.querySelector('#explorer-out')!;
document.querySelector('#explorer')!.addEventListener('submit', async (event) => {
  event.preventDefault();
  out.textContent = 'Loading…';
  try {
    out.textContent = JSON.stringify(await calls[endpoint.value]!(), null, 2);
  } catch (error) {
    const e = error as { kind?: string; message: string };
    out.textContent = `${e.kind ?? 'error'}: ${e.message}`;
  }
});
