import type { Meta } from '@storybook/web-components-vite';
import { STATES } from './states.js';
import { story } from './support.js';

const tag = 'calico-accounts';
const args = { 'page-size': 10 };
export default { title: 'Widgets/calico-accounts', component: tag, tags: ['autodocs'] } satisfies Meta;

export const Default = story(tag, STATES.Default, args);
export const FromOneSource = story(tag, {}, { ...args, 'provider-ids': 'coinbase' });
export const Loading = story(tag, STATES.Loading, args);
export const FilteredEmpty = story(tag, {}, { ...args, 'provider-ids': 'no-such-source' });
export const Error = story(tag, STATES.Error, args);
export const Unauthorized = story(tag, STATES.Unauthorized, args);
export const Export = story(tag, {}, { ...args, export: true });
export const DarkTheme = story(tag, STATES.DarkTheme, args);
/** `detail`: a row opens the default panel: every field of the export, ids with Copy. */
export const Detail = story(tag, {}, { ...args, detail: true });
