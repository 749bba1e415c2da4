import { defineElement } from '../define-element.js';
import { CalicoUserAccounts } from './calico-user-accounts.js';

defineElement('calico-user-accounts', CalicoUserAccounts);
export { CalicoUserAccounts };
