import type { Meta } from '@storybook/web-components-vite';
import { FIXTURE_USERS, sandboxUserId } from '../src/sandbox/index.js';
import { STATES } from './states.js';
import { story } from './support.js';

const tag = 'calico-transactions';
const args = { 'user-id': sandboxUserId(FIXTURE_USERS.rich), 'page-size': 10 };
export default { title: 'Widgets/calico-transactions', component: tag, tags: ['autodocs'] } satisfies Meta;

export const Default = story(tag, STATES.Default, args);
export const AllUsers = story(tag, {}, { 'page-size': 10 });
export const Loading = story(tag, STATES.Loading, args);
export const SlowNetwork = story(tag, STATES.SlowNetwork, args);
export const Empty = story(tag, {}, { 'user-id': sandboxUserId(FIXTURE_USERS.empty) });
export const FilteredEmpty = story(tag, {}, { ...args, 'start-time': '2030-01-01T00:00:00Z' });
export const Error = story(tag, STATES.Error, args);
export const Unauthorized = story(tag, STATES.Unauthorized, args);
export const PartialData = story(tag, STATES.PartialData, args);
export const ManyPages = story(tag, {}, { 'user-id': sandboxUserId(FIXTURE_USERS.heavy), 'page-size': 25 });
export const DarkTheme = story(tag, STATES.DarkTheme, args);
export const German = story(tag, STATES.German, args);
/** The Export button: a CSV of every page of the current query (here 240 transactions, three requests). */
export const Export = story(tag, {}, { ...args, export: true });
/** "Updated … ago", Refresh, and a refresh every 15 s while the page is visible. */
export const AutoRefresh = story(tag, {}, { ...args, 'refresh-interval': 15 });
/** `detail`: a click, Enter or Space on a row opens the transaction's panel (legs, fees, addresses and ids with Copy). */
export const Detail = story(tag, {}, { ...args, detail: true });
