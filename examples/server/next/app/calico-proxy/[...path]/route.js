// Next.js (App Router): app/calico-proxy/[...path]/route.js. Route handlers take a Request and return
// a Response, which is what the proxy is.
import { calico } from '../../../../calico-proxy.mjs';

export const GET = calico;
export const POST = calico;
export const DELETE = calico;
export const OPTIONS = calico;
export const dynamic = 'force-dynamic'; // never cached or prerendered
