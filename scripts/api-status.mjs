// Writes the endpoint tables of docs/api-status.md (between the api-status markers) from the clients'
// own endpoint table, the schemas and the widgets' code, so the page cannot drift from the library.
// `--check` exits 1 when the page is not what this script makes now (npm test runs it).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tsImport } from 'tsx/esm/api';

const FILE = 'docs/api-status.md';
const START = '<!-- api-status:start -->';
const END = '<!-- api-status:end -->';

const sources = await tsImport('./api-status-sources.ts', import.meta.url);
const { CALICO_ENDPOINTS, PARTNER_ENDPOINTS, createCalicoClient, createPartnerClient } = sources;
const S = { ...sources.common, ...sources.calico, ...sources.partner };

/**
 * The one place that says what the public docs state (../shared/api/*.md). `documented`: the docs give
 * the path and the body; `assumed`: the docs name the endpoint, the path and body are our reading.
 * `schema`: the 200 body's schema in src/schemas/ (null: the body is not read). Every endpoint of
 * both tables needs a row here, or this script stops.
 */
const STATUS = {
  calico: {
    userAssets: { status: 'assumed', schema: 'UserAssetsResponse' },
    userProviders: { status: 'documented', schema: 'UserProvidersResponse', note: 'the docs\' example has one object under `data`, their text a list' },
    userTransactions: { status: 'assumed', schema: 'TransactionsResponse' },
    deactivateUser: { status: 'documented', schema: null, note: '200 with a body or 204 without one' },
    accounts: { status: 'assumed', schema: 'AccountsResponse' },
    transactions: { status: 'assumed', schema: 'TransactionsResponse' },
    users: { status: 'documented', schema: 'UsersResponse' },
    searchUsers: { status: 'assumed', schema: 'UsersResponse', note: 'request body `{ query?, deactivated?, limit?, cursor? }` assumed too' },
    userStats: { status: 'assumed', schema: 'UserStatsResponse' },
    accountsByProvider: { status: 'assumed', schema: 'AccountsByProviderResponse' },
    balance: { status: 'assumed', schema: 'BalanceResponse' },
    topTradedAssets: { status: 'assumed', schema: 'TopTradedAssetsResponse' },
    enterpriseProviders: { status: 'assumed', schema: 'ProvidersResponse' },
    calicoProviders: { status: 'assumed', schema: 'ProvidersResponse' },
  },
  partner: {
    listUsers: { status: 'documented', schema: 'PartnerUserList', note: 'sort keys other than `created_at`, and KYC values other than `approved` / `pending`, assumed' },
    getUser: { status: 'documented', schema: 'PartnerUser' },
    listOrders: { status: 'documented', schema: 'OrderList' },
    getOrder: { status: 'documented', schema: 'Order' },
  },
};

const APIS = [
  { key: 'calico', title: 'Calico Enterprise API (`createCalicoClient`)', table: CALICO_ENDPOINTS, client: createCalicoClient },
  { key: 'partner', title: 'Partner API (`createPartnerClient`)', table: PARTNER_ENDPOINTS, client: createPartnerClient },
];

const problems = [];

// A row for every endpoint, and no row for an endpoint that is gone.
for (const api of APIS) {
  for (const name of Object.keys(api.table)) {
    const row = STATUS[api.key][name];
    if (!row) problems.push(`${api.key}.${name} has no row in STATUS (scripts/api-status.mjs): say whether it is documented or assumed`);
    else if (row.status !== 'documented' && row.status !== 'assumed') problems.push(`${api.key}.${name}: status must be documented or assumed`);
    else if (row.schema !== null && !S[row.schema]) problems.push(`${api.key}.${name}: no schema ${row.schema} in src/schemas/`);
  }
  for (const name of Object.keys(STATUS[api.key])) {
    if (!(name in api.table)) problems.push(`${api.key}.${name} is in STATUS but not in src/server/endpoints.ts`);
  }
}

/** What each client method really sends: its method and path, read off a fetch that records and refuses. */
async function sent(api, name, spec) {
  let seen;
  const client = api.client({
    baseUrl: 'https://api.example.invalid',
    tokenProvider: () => 'token',
    retry: { retries: 0 },
    fetch: async (url, init) => {
      seen = { method: init.method, path: new URL(url).pathname };
      return new Response('{}', { status: 400 });
    },
  });
  if (typeof client[name] !== 'function') return undefined;
  await client[name](...(/\{\w+\}/.test(spec.path) ? ['id-1'] : [])).catch(() => {});
  return seen;
}

for (const api of APIS) {
  for (const [name, spec] of Object.entries(api.table)) {
    const got = await sent(api, name, spec);
    const want = { method: spec.method, path: spec.path.replace(/\{\w+\}/, 'id-1') };
    if (!got) problems.push(`${api.key}: the client has no method ${name}`);
    else if (got.method !== want.method || got.path !== want.path) {
      problems.push(`${api.key}.${name}: the client sends ${got.method} ${got.path}, the endpoint table says ${want.method} ${want.path}`);
    }
  }
}

if (problems.length) {
  for (const problem of problems) console.error(`api-status: ${problem}`);
  process.exit(1);
}

/** Which widgets call each method: `.name(` in the files of each src/elements/<tag>/ folder. */
const usedBy = {};
for (const tag of readdirSync('src/elements', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
  const code = readdirSync(`src/elements/${tag}`).filter((f) => f.endsWith('.ts')).map((f) => readFileSync(`src/elements/${tag}/${f}`, 'utf8')).join('\n');
  for (const api of APIS) {
    for (const name of Object.keys(api.table)) {
      if (new RegExp(`\\.${name}\\(`).test(code)) (usedBy[`${api.key}.${name}`] ??= []).push(`\`<${tag}>\``);
    }
  }
}

// The fields a 200 body must have, as the schema checks them; optional fields are left out.
const LEAVES = new Map([
  [S.DecimalString, 'decimal'],
  [S.DateTime, 'date-time'],
  [S.CalendarDate, 'date'],
  [S.Count, 'int'], // a refine of ours (a whole number, 0 or more), which the number case cannot see
]);
function required(schema) {
  if (LEAVES.has(schema)) return LEAVES.get(schema);
  const def = schema._zod.def;
  switch (def.type) {
    case 'object': {
      const fields = Object.entries(def.shape)
        .filter(([, field]) => field._zod.optin !== 'optional')
        .map(([key, field]) => (required(field) === 'string' ? key : `${key}: ${required(field)}`));
      return `{ ${fields.join(', ')} }`;
    }
    case 'array':
      return `[${required(def.element)}]`;
    case 'nullable':
      return `${required(def.innerType)} or null`;
    case 'number':
      return def.checks?.some((c) => c._zod.def.format === 'safeint') ? 'int' : 'number';
    case 'union': {
      // "One object or a list of them" reads better than the two shapes spelt out.
      const [a, b] = def.options;
      if (def.options.length === 2 && a._zod.def.type === 'array' && a._zod.def.element === b) return `${required(b)} or a list of them`;
      return def.options.map(required).join(' or ');
    }
    default:
      return def.type;
  }
}

const cell = (text) => text.replace(/\|/g, '\\|');
let tables = '';
for (const api of APIS) {
  tables += `\n### ${api.title}\n\n| client method | request | status | used by | the 200 body must have |\n| --- | --- | --- | --- | --- |\n`;
  for (const [name, spec] of Object.entries(api.table)) {
    const row = STATUS[api.key][name];
    const status = (row.status === 'assumed' ? '**assumed**' : 'documented') + (row.note ? `: ${row.note}` : '');
    const body = row.schema === null ? 'nothing (the body is not read)' : `\`${required(S[row.schema])}\``;
    const users = usedBy[`${api.key}.${name}`]?.join(', ') ?? '—';
    tables += `| \`${name}\` | \`${spec.method} ${spec.path}\` | ${cell(status)} | ${users} | ${cell(body)} |\n`;
  }
}

const current = readFileSync(FILE, 'utf8');
const start = current.indexOf(START);
const end = current.indexOf(END);
if (start < 0 || end < start) {
  console.error(`${FILE} has lost its markers ${START} … ${END}: put them back where the tables go.`);
  process.exit(1);
}
const text = `${current.slice(0, start + START.length)}\n<!-- Generated by scripts/api-status.mjs: edit STATUS there, not this table. -->\n${tables}\n${current.slice(end)}`;

if (process.argv.includes('--check')) {
  if (current !== text) {
    console.error(`${FILE} is not what the endpoint table makes now: run node scripts/api-status.mjs`);
    process.exit(1);
  }
  console.log(`${FILE} is current`);
} else if (current !== text) {
  writeFileSync(FILE, text);
  console.log(`wrote ${FILE}`);
}
