/**
 * What a page without a bundler reaches on `window.CalicoWidgets`: the client factories, sign-out and
 * translations. The one-file bundle (browser.ts) exposes it at once; the autoloader on first use.
 */
import { createCalicoClient } from './client/calico.js';
import { createPartnerClient } from './client/partner.js';
import { sharedCalicoClient } from './client/shared.js';
import { sharedPartnerClient } from './client/shared-partner.js';
import { clearSharedClients } from './client/registry.js';
import { registerLocale } from './locales/registry.js';

declare const __VERSION__: string;
export const version = __VERSION__;
export { createCalicoClient, createPartnerClient, sharedCalicoClient, sharedPartnerClient, clearSharedClients, registerLocale };
