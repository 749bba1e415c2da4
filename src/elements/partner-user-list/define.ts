import { defineElement } from '../define-element.js';
import { PartnerUserList } from './partner-user-list.js';

defineElement('partner-user-list', PartnerUserList);
export { PartnerUserList };
