// Finds Chromium for the browser tests (CHROME_PATH, then PATH); on a fresh Debian/Ubuntu machine
// run as root it installs Debian's `chromium` package; otherwise it stops with one line saying how.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export function findChromium() {
  const candidates = [process.env.CHROME_PATH, ...['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'].map(which)];
  return candidates.find((path) => path && existsSync(path));
}

function which(name) {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

export function ensureChromium() {
  let path = findChromium();
  if (path) return path;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && which('apt-get')) {
    console.log('No Chromium found: installing Debian\'s "chromium" package (about a minute)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    path = findChromium();
    if (path) return path;
  }
  console.error('No Chromium or Chrome found: install one (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH.');
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(ensureChromium());
