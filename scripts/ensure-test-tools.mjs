#!/usr/bin/env node
// The browser tests drive Debian's Chromium (a test tool cannot download its own browser here).
// A fresh machine lacks it: install it, with a CJK font so screenshots show Chinese, when we can.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const fontProbe = '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc';
const packages = [];
if (!existsSync(chromium)) packages.push('chromium');
if (!existsSync(fontProbe)) packages.push('fonts-wqy-zenhei');

if (packages.length === 0) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
if (!isRoot || !hasApt) {
  console.error(
    `Browser tests need ${packages.join(' and ')}. Install them (Debian: apt-get install -y ${packages.join(' ')}),` +
      ' or set CHROMIUM_PATH to a Chromium binary.',
  );
  process.exit(1);
}

console.error(`Installing ${packages.join(', ')} for the browser tests (apt-get)…`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
