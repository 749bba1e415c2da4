// What scripts/api-status.mjs reads, in one module graph: each tsImport() call loads its own copy of
// the modules it reaches, and the script compares schemas by identity (DecimalString, DateTime).
export { CALICO_ENDPOINTS, PARTNER_ENDPOINTS } from '../src/server/endpoints.ts';
export { createCalicoClient } from '../src/client/calico.ts';
export { createPartnerClient } from '../src/client/partner.ts';
export * as common from '../src/schemas/common.ts';
export * as calico from '../src/schemas/calico.ts';
export * as partner from '../src/schemas/partner.ts';
