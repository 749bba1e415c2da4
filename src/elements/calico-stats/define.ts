import { defineElement } from '../define-element.js';
import { CalicoStats } from './calico-stats.js';

defineElement('calico-stats', CalicoStats);
export { CalicoStats };
