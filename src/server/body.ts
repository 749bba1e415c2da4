/** A body read up to a limit, counted while it streams: a huge body costs the limit, not its size. */

export class BodyTooLarge extends Error {}
/** The body did not arrive within the time allowed (a client that trickles it, or stops). */
export class BodySlow extends Error {}
/** Something before the proxy read the body already (a body parser mounted in front of it). */
export class BodyGone extends Error {
  constructor() {
    super('The request body was read before the proxy: mount the proxy before any body parser (express.json(), bodyParser…).');
  }
}

/**
 * The body as text; BodyTooLarge as soon as more than `max` bytes arrived (the rest is never pulled),
 * BodySlow after `timeoutMs` if given. A browser's request, or the upstream's answer (whose fetch signal
 * already times it out: no second timer).
 */
export async function readLimited(message: Request | Response, max: number, timeoutMs?: number): Promise<string> {
  const declared = message.headers.get('content-length');
  if (declared !== null && Number(declared) > max) throw new BodyTooLarge();
  if (!message.body) return '';
  const reader = message.body.getReader();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = timeoutMs === undefined ? undefined : new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new BodySlow()), timeoutMs)));
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await (late ? Promise.race([reader.read(), late]) : reader.read());
      if (done) break;
      size += value.byteLength;
      if (size > max) throw new BodyTooLarge();
      chunks.push(value);
    }
  } catch (error) {
    reader.cancel().catch(() => {}); // stop the stream: nothing more is read
    throw error;
  } finally {
    clearTimeout(timer);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) all.set(chunk, (at += chunk.byteLength) - chunk.byteLength);
  return new TextDecoder('utf-8', { fatal: true }).decode(all);
}
