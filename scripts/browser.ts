// Debian's Chromium, driven by playwright-core. The flags keep it from calling Google's services, which a
// closed network refuses (and which would count as requests outside the site).
import {chromium, type Browser} from "playwright-core";
import {existsSync} from "node:fs";

export function chromePath(): string | undefined {
  // A path the user set is taken as meant: if it does not exist there is no browser (no silent fallback).
  const explicit = process.env.CHROME_PATH || process.env.BROWSER_PATH;
  if (explicit) return existsSync(explicit) ? explicit : undefined;
  return ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].find((p) => existsSync(p));
}

export const CHROME_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage"
];

export async function launch(): Promise<Browser> {
  const executablePath = chromePath();
  if (!executablePath) throw new Error("No Chromium found: install Debian's chromium (apt-get install -y chromium) or set CHROME_PATH");
  return chromium.launch({executablePath, args: CHROME_ARGS, headless: true});
}
