import { defineElement } from '../define-element.js';
import { CalicoUsers } from './calico-users.js';

defineElement('calico-users', CalicoUsers);
export { CalicoUsers };
