// Finds Chromium for the browser tests (CHROME_PATH, then PATH), installing Debian's package when missing.
import { ensureTool, findTool } from './ensure-tool.mjs';

const CHROMIUM = { what: 'Chromium or Chrome', env: 'CHROME_PATH', names: ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'], pkg: 'chromium', took: 'about a minute' };

export const findChromium = () => findTool(CHROMIUM.env, CHROMIUM.names);
export const ensureChromium = () => ensureTool(CHROMIUM);

if (import.meta.url === `file://${process.argv[1]}`) console.log(ensureChromium());
