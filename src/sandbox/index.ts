export { handleSandboxRequest, resetSandbox, type LoggedRequest } from './http.js';
export type { Faults } from './faults.js';
export { FIXTURE_USERS, USER_COUNT, userId as sandboxUserId } from './data.js';
export { MEMBER_COUNT } from './members.js';
