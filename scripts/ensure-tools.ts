/**
 * First step of `npm test`: the machine tools the tests need besides npm packages, Chromium (browser
 * tests) and xmllint (manifest validation). On Debian/Ubuntu as root they are installed with apt when
 * missing; elsewhere the script stops with the command to run.
 */
import { spawnSync } from 'node:child_process';
import { findChromium } from './chromiumPath';

function has(command: string): boolean {
  return spawnSync(command, ['--version'], { stdio: 'ignore' }).status === 0;
}

function canApt(): boolean {
  return process.platform === 'linux' && process.getuid?.() === 0 && has('apt-get');
}

function aptInstall(packages: string[]): boolean {
  console.log(`installing ${packages.join(', ')} with apt-get…`);
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  if (update.status !== 0) return false;
  const install = spawnSync('apt-get', ['install', '-y', '-qq', ...packages], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return install.status === 0;
}

const missing: { apt: string; what: string; elsewhere: string }[] = [];
if (!findChromium()) {
  missing.push({
    apt: 'chromium',
    what: 'Chromium (browser tests)',
    elsewhere: 'install Google Chrome or Chromium, or set CHROME_PATH to its executable',
  });
}
if (!has('xmllint')) {
  missing.push({
    apt: 'libxml2-utils',
    what: 'xmllint (manifest validation)',
    elsewhere: 'macOS: xcode-select --install; Windows: use WSL, or install libxml2 and put xmllint on PATH',
  });
}

if (missing.length > 0) {
  if (canApt() && aptInstall(missing.map((m) => m.apt)) && findChromium() && has('xmllint')) {
    console.log('tools installed');
  } else {
    console.error('Missing tools for npm test:');
    for (const m of missing) {
      console.error(
        `  - ${m.what}: Debian/Ubuntu: sudo apt-get install -y ${m.apt}; otherwise ${m.elsewhere}`,
      );
    }
    process.exit(1);
  }
}
