// Finds redis-server for the server half's cluster tests (REDIS_SERVER, then PATH), installing Debian's package when missing.
import { ensureTool } from './ensure-tool.mjs';

export const ensureRedis = () => ensureTool({ what: 'redis-server', env: 'REDIS_SERVER', names: ['redis-server'], pkg: 'redis-server', took: 'about 10 s' });

if (import.meta.url === `file://${process.argv[1]}`) console.log(ensureRedis());
