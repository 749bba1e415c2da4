// React 19 JSX with calico-widgets/jsx: what must compile, and (@ts-expect-error) what must not.
import type {} from 'calico-widgets/jsx';
import type { TokenProvider } from 'calico-widgets';

const tokenProvider: TokenProvider = () => 'a-token-from-the-bank';

export const fine = (
  <>
    <calico-users base-url="/proxy" page-size={5} allow-deactivate tokenProvider={tokenProvider} oncalico-row-select={(e) => e.record} oncalico-user-deactivated={(e) => e.type} />
    <calico-transactions user-id="a169451c" all-users={false} className="wide" baseUrl="/proxy" pageSize="25" />
    <partner-orders side="buy" cookie-session strings={{ caption: 'Orders' }} />
    <calico-stats metrics="users,balance" top-assets-limit={5} />
  </>
);

// @ts-expect-error a number is not a token provider
export const numberAsProvider = <calico-users tokenProvider={42} />;
// @ts-expect-error calico-stats has no pageSize property
export const unknownProperty = <calico-stats pageSize={5} />;
// @ts-expect-error a boolean attribute takes a boolean
export const wrongAttribute = <calico-users allow-deactivate="yes" />;
// @ts-expect-error the handler gets a CalicoRowSelectEvent, not a string
export const wrongHandler = <calico-users oncalico-row-select={(e: string) => e} />;
// Not checked, by TypeScript's rule for JSX: a hyphenated name a tag does not declare is allowed
// (as data-* is), so a misspelt attribute or an event the tag does not fire compiles.
export const undeclared = <calico-stats page-size={5} oncalico-row-select={() => {}} />;
// @ts-expect-error a string where the strings table goes
export const wrongStrings = <calico-users strings="Users" />;
