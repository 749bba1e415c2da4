/** A request body read up to a limit, counted while it streams: a huge body costs the limit, not its size. */

export class BodyTooLarge extends Error {}

/** The body as text; BodyTooLarge as soon as more than `max` bytes arrived (the rest is never pulled). */
export async function readLimited(request: Request, max: number): Promise<string> {
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > max) throw new BodyTooLarge();
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      reader.cancel().catch(() => {}); // stop the stream: nothing more is read
      throw new BodyTooLarge();
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) all.set(chunk, (at += chunk.byteLength) - chunk.byteLength);
  return new TextDecoder('utf-8', { fatal: true }).decode(all);
}
