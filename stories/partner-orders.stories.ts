import type { Meta } from '@storybook/web-components-vite';
import { STATES } from './states.js';
import { story } from './support.js';

const tag = 'partner-orders';
const partner = { api: 'partner' } as const;
const args = { 'page-size': 10 };
export default { title: 'Widgets/partner-orders', component: tag, tags: ['autodocs'] } satisfies Meta;

export const Default = story(tag, partner, args);
export const Filtered = story(tag, partner, { ...args, product: 'crypto', side: 'sell', status: 'pending' });
export const Loading = story(tag, { ...partner, ...STATES.Loading }, args);
export const FilteredEmpty = story(tag, partner, { ...args, 'placed-at-start': '2030-01-01T00:00:00Z' });
export const Error = story(tag, { ...partner, ...STATES.Error }, args);
export const Unauthorized = story(tag, { ...partner, ...STATES.Unauthorized }, args);
export const Export = story(tag, partner, { ...args, export: true });
export const DarkTheme = story(tag, { ...partner, ...STATES.DarkTheme }, args);
/** `detail`: a row opens the order's panel: every field of the export, ids with Copy. */
export const Detail = story(tag, partner, { ...args, detail: true });
