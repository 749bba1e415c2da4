// Stand-ins for what your backend already has: its session store and its secret store. Replace both.
// Here a session is a cookie `session=<id>`, and the Calico token comes from the local sandbox.
const sessions = new Map([
  ['s-ada', { id: 's-ada', calicoUserId: '946416e3-f6b4-4a54-86e9-9e2843f0573e' }], // the sandbox's "rich" user
]);

/** The signed-in person, or undefined. */
export const sessionFrom = (request) => sessions.get(/(?:^|;\s*)session=([^;]*)/.exec(request.headers.get('cookie') ?? '')?.[1]);

/** The enterprise token, with its lifetime. In production: your vault, or Calico's token endpoint with your client credentials. */
export async function calicoToken() {
  const res = await fetch(`${process.env.SANDBOX ?? 'http://127.0.0.1:4000'}/sandbox/token`, { method: 'POST', body: '{}' });
  if (!res.ok) throw new Error(`token endpoint answered ${res.status}`);
  const { access_token, expires_in } = await res.json();
  return { token: access_token, expiresIn: expires_in };
}
