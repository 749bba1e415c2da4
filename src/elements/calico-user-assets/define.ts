import { defineElement } from '../define-element.js';
import { CalicoUserAssets } from './calico-user-assets.js';

defineElement('calico-user-assets', CalicoUserAssets);
export { CalicoUserAssets };
