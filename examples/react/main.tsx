// React 19 passes objects and functions to custom elements as properties, and listens to their
// custom events with on<event-name>: no wrapper needed, and calico-widgets/jsx types them.
import { StrictMode, useCallback, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'calico-widgets/define';
import { clearSharedClients, type CalicoRowSelectEvent, type TokenProvider } from 'calico-widgets';
// Every tag's props, attributes and on<event> handlers, typed (generated from custom-elements.json).
import type {} from 'calico-widgets/jsx';

function App() {
  const [calls, setCalls] = useState(0);
  const [generation, setGeneration] = useState(0);
  const [selected, setSelected] = useState('');
  // A new provider (e.g. after the user signs in again) makes the widgets reload with it.
  const tokenProvider = useMemo<TokenProvider>(
    () => async ({ signal }) => {
      const res = await fetch('/sandbox/token', { method: 'POST', body: '{}', signal });
      const body = (await res.json()) as { access_token: string; expires_in: number };
      setCalls((n) => n + 1);
      return { token: body.access_token, expiresIn: body.expires_in };
    },
    [generation],
  );
  const onSelect = useCallback((event: CalicoRowSelectEvent) => setSelected(JSON.stringify(event.record).slice(0, 80)), []);
  const userId = new URLSearchParams(location.search).get('user') ?? '946416e3-f6b4-4a54-86e9-9e2843f0573e';
  return (
    <main style={{ maxWidth: 1100, margin: '2rem auto', display: 'grid', gap: '1.5rem', fontFamily: 'system-ui' }}>
      <h1>React 19</h1>
      <p>
        Token provider calls: <output id="token-calls">{calls}</output>{' '}
        <button id="new-token" type="button" onClick={() => setGeneration((g) => g + 1)}>Use a new token provider</button>{' '}
        {/* On sign-out, or when a staff member switches customer: no token or page of the old session is used after it. */}
        <button id="end-session" type="button" onClick={() => clearSharedClients()}>End the session</button>
      </p>
      <calico-user-assets user-id={userId} base-url="/sandbox/calico" page-size={5} tokenProvider={tokenProvider} oncalico-row-select={onSelect} />
      <p>Selected: <output id="selected">{selected}</output></p>
      <calico-transactions user-id={userId} base-url="/sandbox/calico" page-size={5} tokenProvider={tokenProvider} />
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
