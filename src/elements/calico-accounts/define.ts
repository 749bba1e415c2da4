import { defineElement } from '../define-element.js';
import { CalicoAccounts } from './calico-accounts.js';

defineElement('calico-accounts', CalicoAccounts);
export { CalicoAccounts };
