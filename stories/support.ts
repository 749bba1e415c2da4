/** What every story shares: a sandbox scenario per story (faults, isolated), a token provider, a frame. */
import { mswLoader } from 'msw-storybook-addon/csf3';
import type { Faults } from '../src/sandbox/index.js';
import type { TokenProvider } from '../src/index.js';

/** What a bank's page would do: ask its backend (here the sandbox) for a short-lived token. */
export const tokenProvider: TokenProvider = async ({ signal }) => {
  const res = await fetch('/sandbox/token', { method: 'POST', body: JSON.stringify({ lifetime: 900 }), signal });
  const body = (await res.json()) as { access_token: string; expires_in: number };
  return { token: body.access_token, expiresIn: body.expires_in };
};

export const badToken: TokenProvider = () => 'sbx_0_revoked';

export interface StoryOptions {
  faults?: Faults;
  api?: 'calico' | 'partner';
  theme?: 'dark';
  lang?: string;
  provider?: TokenProvider;
}

const startMsw = mswLoader();

/**
 * A loader that starts MSW (loaders run in parallel, so this one does it first itself), then makes
 * the story its own sandbox scenario (so stories on one docs page never share faults).
 */
export const scenarioLoader = (options: StoryOptions) => async (context: Parameters<typeof startMsw>[0]) => {
  await startMsw(context);
  const res = await fetch('/sandbox/scenarios', { method: 'POST', body: JSON.stringify(options.faults ?? {}) });
  const s = (await res.json()) as { calicoBaseUrl: string; partnerBaseUrl: string };
  return { baseUrl: options.api === 'partner' ? s.partnerBaseUrl : s.calicoBaseUrl };
};

/** Renders `tag` with the story's args as attributes, inside a frame for theme and locale. */
export function renderWidget(tag: string, args: Record<string, unknown>, baseUrl: string, options: StoryOptions): HTMLElement {
  const el = document.createElement(tag) as HTMLElement & { tokenProvider?: TokenProvider };
  for (const [name, value] of Object.entries(args)) {
    if (value === undefined || value === null || value === '' || value === false) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  el.setAttribute('base-url', baseUrl);
  el.tokenProvider = options.provider ?? tokenProvider;
  const frame = document.createElement('div');
  frame.style.padding = '1rem';
  if (options.theme === 'dark') frame.style.cssText += 'color-scheme: dark; background: #0f141b; color: #e6ebf2;';
  if (options.lang) frame.lang = options.lang;
  frame.append(el);
  return frame;
}

/** One story: `story('calico-user-assets', { faults: { latency: 1500 } }, { 'user-id': … })`. */
export function story(tag: string, options: StoryOptions = {}, args: Record<string, unknown> = {}) {
  return {
    args,
    loaders: [scenarioLoader(options)],
    render: (storyArgs: Record<string, unknown>, { loaded }: { loaded: { baseUrl: string } }) =>
      renderWidget(tag, storyArgs, loaded.baseUrl, options),
  };
}
