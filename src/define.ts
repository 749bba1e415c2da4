/** Registers every element. Safe to import twice. */
import './elements/calico-user-assets/define.js';
import './elements/calico-user-accounts/define.js';
import './elements/calico-transactions/define.js';
import './elements/calico-users/define.js';
import './elements/partner-user-list/define.js';
import './elements/calico-stats/define.js';
import './elements/calico-accounts/define.js';
import './elements/calico-providers/define.js';
import './elements/partner-orders/define.js';
// The main entry's names, all of them: its list is the deliberate one (docs/api/calico-widgets.api.md).
export * from './index.js';
