import type { Meta } from '@storybook/web-components-vite';
import { STATES } from './states.js';
import { story } from './support.js';

const tag = 'calico-providers';
const args = { 'page-size': 10 };
export default { title: 'Widgets/calico-providers', component: tag, tags: ['autodocs'] } satisfies Meta;

export const Enabled = story(tag, STATES.Default, args);
/** Every source Calico supports (720 in the sandbox), searchable by name as you type. */
export const Catalog = story(tag, {}, { ...args, catalog: true });
export const CatalogSearch = story(tag, {}, { ...args, catalog: true, query: 'coin' });
export const NoMatch = story(tag, {}, { ...args, catalog: true, query: 'no such source' });
export const Loading = story(tag, STATES.Loading, args);
export const Error = story(tag, STATES.Error, args);
export const Unauthorized = story(tag, STATES.Unauthorized, args);
export const DarkTheme = story(tag, STATES.DarkTheme, { ...args, catalog: true });
