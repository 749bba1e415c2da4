/**
 * The script-tag bundle: registers every element and exposes the client factories on
 * `window.CalicoWidgets` for pages without a bundler. Loading it twice is harmless.
 */
import './define.js';
import { createCalicoClient } from './client/calico.js';
import { createPartnerClient } from './client/partner.js';
import { sharedCalicoClient } from './client/shared.js';
import { sharedPartnerClient } from './client/shared-partner.js';
import { clearSharedClients } from './client/registry.js';
import { registerLocale } from './locales/registry.js';

declare const __VERSION__: string;
export const version = __VERSION__;
export { createCalicoClient, createPartnerClient, sharedCalicoClient, sharedPartnerClient, clearSharedClients, registerLocale };
