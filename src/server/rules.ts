/**
 * The two common `authorize` rules. Each reads the bank's own session from the request (a cookie or a
 * header) through a function the bank writes: the proxy never guesses who is signed in. Both say
 * `'signed-out'` (401) when that function returns nothing, and `false` (403) when the person may not.
 */
import type { AuthorizeInput, Verdict } from './proxy.js';

/** A value, none, or a promise of either: what a hook may answer. */
export type Maybe<T> = T | undefined | null | Promise<T | undefined | null>;

/**
 * A customer portal: a signed-in customer reads only their own data. `customerOf` returns the
 * customer's id in the API (Calico user_id, Partner user_account_id), or nothing when no one is signed
 * in. Enterprise-wide endpoints and every write are refused.
 */
export function customerPortal(customerOf: (request: Request) => Maybe<string>) {
  return async ({ request, scope, write, personId }: AuthorizeInput): Promise<Verdict> => {
    const customer = await customerOf(request);
    if (!customer) return 'signed-out';
    return !write && scope === 'person' && customer === personId;
  };
}

/**
 * A staff portal: signed-in staff read everything; a write (deactivating a user) only for the roles
 * named in `writeRoles`. `staffOf` returns the staff member's role, or nothing when no staff member is
 * signed in.
 */
export function staffPortal(staffOf: (request: Request) => Maybe<string>, writeRoles: readonly string[] = []) {
  return async ({ request, write }: AuthorizeInput): Promise<Verdict> => {
    const role = await staffOf(request);
    if (!role) return 'signed-out';
    return !write || writeRoles.includes(role);
  };
}
