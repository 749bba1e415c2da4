import { defineElement } from '../define-element.js';
import { CalicoTransactions } from './calico-transactions.js';

defineElement('calico-transactions', CalicoTransactions);
export { CalicoTransactions };
