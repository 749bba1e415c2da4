import type { Meta } from '@storybook/web-components-vite';
import { FIXTURE_USERS, sandboxUserId } from '../src/sandbox/index.js';
import { STATES } from './states.js';
import { story } from './support.js';

const tag = 'calico-user-assets';
const args = { 'user-id': sandboxUserId(FIXTURE_USERS.rich), 'page-size': 10 };
export default { title: 'Widgets/calico-user-assets', component: tag, tags: ['autodocs'] } satisfies Meta;

export const Default = story(tag, STATES.Default, args);
export const Loading = story(tag, STATES.Loading, args);
export const SlowNetwork = story(tag, STATES.SlowNetwork, args);
export const Empty = story(tag, {}, { ...args, 'user-id': sandboxUserId(FIXTURE_USERS.empty) });
export const Error = story(tag, STATES.Error, args);
export const Unauthorized = story(tag, STATES.Unauthorized, args);
export const PartialData = story(tag, STATES.PartialData, args);
export const ManyPages = story(tag, {}, { ...args, 'page-size': 3 });
export const DarkTheme = story(tag, STATES.DarkTheme, args);
export const German = story(tag, STATES.German, args);
