// Vue 3 sets a custom element's known properties (tokenProvider) as properties and binds its custom
// events with on<Event>. Render functions here; in an SFC the template is the same with :tokenProvider.
import { createApp, h, ref, shallowRef } from 'vue';
import 'calico-widgets/define';
import { clearSharedClients, type TokenProvider } from 'calico-widgets';
// Every tag in Vue's GlobalComponents: templates are checked by Volar / vue-tsc; here the render
// functions' props are typed from the same declarations.
import type {} from 'calico-widgets/vue';
import type { GlobalComponents } from 'vue';

type Props<T extends keyof GlobalComponents> = InstanceType<GlobalComponents[T]>['$props'];

const calls = ref(0);
const makeProvider = (): TokenProvider => async ({ signal }) => {
  const res = await fetch('/sandbox/token', { method: 'POST', body: '{}', signal });
  const body = (await res.json()) as { access_token: string; expires_in: number };
  calls.value++;
  return { token: body.access_token, expiresIn: body.expires_in };
};
const tokenProvider = shallowRef(makeProvider());
const userId = new URLSearchParams(location.search).get('user') ?? '946416e3-f6b4-4a54-86e9-9e2843f0573e';

createApp({
  render: () =>
    h('main', { style: 'max-width:1100px;margin:2rem auto;display:grid;gap:1.5rem;font-family:system-ui' }, [
      h('h1', 'Vue 3'),
      h('p', ['Token provider calls: ', h('output', { id: 'token-calls' }, String(calls.value)), ' ',
        h('button', { id: 'new-token', type: 'button', onClick: () => (tokenProvider.value = makeProvider()) }, 'Use a new token provider'), ' ',
        // On sign-out, or when a staff member switches customer: no token or page of the old session is used after it.
        h('button', { id: 'end-session', type: 'button', onClick: () => clearSharedClients() }, 'End the session')]),
      h('calico-user-accounts', { 'user-id': userId, 'base-url': '/sandbox/calico', 'page-size': 5, tokenProvider: tokenProvider.value } satisfies Props<'calico-user-accounts'>),
      h('calico-users', { 'base-url': '/sandbox/calico', 'page-size': 5, tokenProvider: tokenProvider.value } satisfies Props<'calico-users'>),
    ]),
}).mount('#app');
