import { defineElement } from '../define-element.js';
import { CalicoProviders } from './calico-providers.js';

defineElement('calico-providers', CalicoProviders);
export { CalicoProviders };
