import { existsSync } from 'node:fs';

/** Debian's Chromium; CHROMIUM_PATH overrides. Test tools that download browsers fail here. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = () => existsSync(CHROMIUM_PATH);

/** Flags known to work as root on this kind of machine (see shared/TOOLING.md). */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--hide-scrollbars',
  '--font-render-hinting=none',
];
