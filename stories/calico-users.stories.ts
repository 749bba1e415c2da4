import type { Meta } from '@storybook/web-components-vite';
import { STATES } from './states.js';
import { story } from './support.js';

const tag = 'calico-users';
const args = { 'page-size': 10, 'allow-deactivate': true };
export default { title: 'Widgets/calico-users', component: tag, tags: ['autodocs'] } satisfies Meta;

export const Default = story(tag, STATES.Default, args);
export const ReadOnly = story(tag, {}, { 'page-size': 10 });
export const Search = story(tag, {}, { ...args, query: 'zoë' });
export const Loading = story(tag, STATES.Loading, args);
export const SlowNetwork = story(tag, STATES.SlowNetwork, args);
export const FilteredEmpty = story(tag, {}, { ...args, query: 'nobody by this name' });
export const Error = story(tag, STATES.Error, args);
export const Unauthorized = story(tag, STATES.Unauthorized, args);
export const PartialData = story(tag, STATES.PartialData, args);
export const DarkTheme = story(tag, STATES.DarkTheme, args);
export const German = story(tag, STATES.German, args);
/** `detail`: a row opens the user's panel, with their holdings, linked sources and transactions on the same client. */
export const Detail = story(tag, {}, { ...args, detail: true, 'allow-deactivate': true });
