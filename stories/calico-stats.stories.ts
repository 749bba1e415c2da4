import type { Meta } from '@storybook/web-components-vite';
import { STATES } from './states.js';
import { story } from './support.js';

const tag = 'calico-stats';
export default { title: 'Widgets/calico-stats', component: tag, tags: ['autodocs'] } satisfies Meta;

export const Default = story(tag, STATES.Default);
export const TilesOnly = story(tag, {}, { metrics: 'users,balance' });
export const Loading = story(tag, STATES.Loading);
export const SlowNetwork = story(tag, STATES.SlowNetwork);
export const OnePanelFails = story(tag, { faults: { status: 500, match: 'accounts-by-provider' } });
export const Error = story(tag, STATES.Error);
export const Unauthorized = story(tag, STATES.Unauthorized);
export const DarkTheme = story(tag, STATES.DarkTheme);
export const German = story(tag, STATES.German);
