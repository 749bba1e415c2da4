import { CALICO_LIMIT, type CalicoClient } from './calico.js';

/** How long a page that has arrived waits for its sources' names: a slow or hanging read of names never holds the rows back. */
const NAMES_GRACE_MS = 1000;

/** A page with its sources' display names (id → name), read with it. */
export type WithSourceNames<P> = P & { readonly sourceNames?: ReadonlyMap<string, string> };

/**
 * A page of rows that carry only a source id (holdings, transactions), with the sources' display
 * names read beside it: the person's own linked sources (the request `<calico-user-accounts>` makes,
 * so the client's cache serves both and the next pages), or with `enterprise` (an all-users list
 * only) the enterprise's. The caller says which, so one person's page never makes an
 * enterprise-scoped call (a customer portal refuses those). If the names cannot be read, or are not
 * there within a second of the page, the page comes without them (the ids are shown): it never fails
 * or waits long for them. An export's reads (`store: false`) go without names. The names live in the
 * page, so they go with it when a session ends.
 */
export async function withSourceNames<P extends object>(
  page: Promise<P>,
  client: CalicoClient,
  call: { signal: AbortSignal; store?: boolean },
  userId: string | undefined,
  enterprise = false,
): Promise<WithSourceNames<P>> {
  if (call.store === false) return page;
  const { signal } = call;
  const read = async () => (enterprise ? client.enterpriseProviders({ signal }) : (await client.userProviders(userId!, { limit: CALICO_LIMIT.default }, { signal })).items);
  const names = read().then(
    (list) => new Map(list.map((p) => [p.provider_id, p.display_label])),
    () => undefined, // the ids are shown
  );
  const late = page.then(() => new Promise<undefined>((resolve) => setTimeout(resolve, NAMES_GRACE_MS)));
  const [value, sourceNames] = await Promise.all([page, Promise.race([names, late])]);
  return { ...value, sourceNames };
}

/** A source's display name from the page it came with, else its id. */
export const sourceName = (page: WithSourceNames<object> | undefined, id: string): string => page?.sourceNames?.get(id) ?? id;
