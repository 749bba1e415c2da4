import type { Meta } from '@storybook/web-components-vite';
import { STATES } from './states.js';
import { story } from './support.js';

const tag = 'partner-user-list';
const partner = { api: 'partner' } as const;
const args = { 'page-size': 10 };
export default { title: 'Widgets/partner-user-list', component: tag, tags: ['autodocs'] } satisfies Meta;

export const Default = story(tag, partner, args);
export const Filtered = story(tag, partner, { ...args, product: 'robo', 'robo-kyc-status': 'pending', 'sort-key': 'total_current_market_value' });
export const Loading = story(tag, { ...partner, ...STATES.Loading }, args);
export const SlowNetwork = story(tag, { ...partner, ...STATES.SlowNetwork }, args);
export const FilteredEmpty = story(tag, partner, { ...args, 'created-at-start': '2030-01-01T00:00:00Z' });
export const Error = story(tag, { ...partner, ...STATES.Error }, args);
export const ValidationError = story(tag, { ...partner, faults: { status: 422 } }, args);
export const Unauthorized = story(tag, { ...partner, ...STATES.Unauthorized }, args);
export const ManyPages = story(tag, partner, { 'page-size': 5 });
export const DarkTheme = story(tag, { ...partner, ...STATES.DarkTheme }, args);
export const German = story(tag, { ...partner, ...STATES.German }, args);
/** Export keeps the filters and sort on screen; the Partner total gives "1,200 of 4,800 rows". */
export const Export = story(tag, partner, { ...args, export: true, product: 'robo' });
/** `detail`: a row opens the member's panel: each product's KYC state and value, and the member's orders. */
export const Detail = story(tag, partner, { ...args, detail: true });
