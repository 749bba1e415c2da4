// Finds a program the tests need (an environment variable, then the PATH); on a fresh Debian/Ubuntu
// machine run as root it installs the Debian package that has it; otherwise it stops with one line
// saying how. Chromium (browser tests) and Redis (the server half's cluster store) go through here.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

function which(name) {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

/** The first of `env`'s value and `names` on the PATH that exists. */
export function findTool(env, names) {
  return [process.env[env], ...names.map(which)].find((path) => path && existsSync(path));
}

let updated = false;
/** `findTool`, installing Debian's `pkg` when missing (as root with apt); exits with a hint otherwise. */
export function ensureTool({ what, env, names, pkg, took }) {
  let path = findTool(env, names);
  if (path) return path;
  if (process.getuid?.() === 0 && which('apt-get')) {
    console.log(`No ${what} found: installing Debian's "${pkg}" package (${took})…`);
    const opts = { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } };
    if (!updated) execFileSync('apt-get', ['update', '-qq'], opts), (updated = true);
    execFileSync('apt-get', ['install', '-y', '-qq', pkg], opts);
    path = findTool(env, names);
    if (path) return path;
  }
  console.error(`No ${what} found: install it (Debian/Ubuntu: sudo apt-get install ${pkg}) or set ${env}.`);
  process.exit(1);
}
