import { defineElement } from '../define-element.js';
import { PartnerOrders } from './partner-orders.js';

defineElement('partner-orders', PartnerOrders);
export { PartnerOrders };
