// Vue 3 with calico-widgets/vue: the props a template may pass, and (@ts-expect-error) what it may not.
import type {} from 'calico-widgets/vue';
import type { GlobalComponents } from 'vue';

type Props<T extends keyof GlobalComponents> = InstanceType<GlobalComponents[T]>['$props'];

export const fine: Props<'calico-users'> = {
  'base-url': '/proxy',
  'page-size': 5,
  tokenProvider: () => 'a-token-from-the-bank',
  'onCalico-row-select': (event) => event.record,
};
export const stats: Props<'calico-stats'> = { metrics: 'users', 'top-assets-limit': 3 };

// @ts-expect-error a number is not a token provider
export const numberAsProvider: Props<'calico-users'> = { tokenProvider: 42 };
// @ts-expect-error the handler gets a CalicoRowSelectEvent, not a number
export const wrongHandler: Props<'calico-users'> = { 'onCalico-row-select': (event: number) => event };
