/**
 * Headless Chromium for every browser test, from the npm registry: @sparticuz/chromium ships
 * chrome-headless-shell (Brotli-compressed) inside the package, with the NSS libraries it links
 * to and a font, so a fresh machine needs no system package. The first launch unpacks them into
 * node_modules/.cache/ (about 2 s); later launches reuse that. Every machine, CI included, runs
 * the same browser: a system Chromium is never used.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pipeline } from 'node:stream/promises';
import * as zlib from 'node:zlib';
import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';
import * as tar from 'tar-fs';

/** As the machine notes say: without the background-networking flags Chromium keeps dialling out. */
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

interface Executable {
  path: string;
  env: Record<string, string>;
}

export async function launchBrowser(): Promise<Browser> {
  const executable = await packagedChromium();
  return chromium.launch({
    executablePath: executable.path,
    args: ARGS,
    env: { ...process.env, ...executable.env },
  });
}

async function packagedChromium(): Promise<Executable> {
  if (process.platform !== 'linux' || process.arch !== 'x64')
    throw new Error(`@sparticuz/chromium ships Chromium for Linux x64 only, not ${process.platform} ${process.arch}`);
  // The package's exports hide package.json; its entry point sits in build/, beside bin/.
  const packageDir = path.resolve(path.dirname(require.resolve('@sparticuz/chromium')), '..');
  const { version } = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { version: string };
  const dir = path.resolve(packageDir, '../../.cache/sparticuz-chromium', version);
  if (!fs.existsSync(dir)) await unpack(path.join(packageDir, 'bin'), dir);
  const systemLibraries = process.env.LD_LIBRARY_PATH;
  return {
    path: path.join(dir, 'chromium'),
    env: {
      LD_LIBRARY_PATH: [path.join(dir, 'lib'), ...(systemLibraries ? [systemLibraries] : [])].join(':'),
      FONTCONFIG_FILE: path.join(dir, 'fonts.conf'),
    },
  };
}

/**
 * Unpacks into a staging folder renamed into place at the end, so parallel Jest workers never see
 * half a browser: the folder exists only once it is complete.
 */
async function unpack(binDir: string, dir: string): Promise<void> {
  const staging = `${dir}.${process.pid}.partial`;
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(staging, { recursive: true });
  const brotli = (file: string) => fs.createReadStream(path.join(binDir, file)).pipe(zlib.createBrotliDecompress());
  await pipeline(brotli('chromium.br'), fs.createWriteStream(path.join(staging, 'chromium'), { mode: 0o755 }));
  await pipeline(brotli('al2023.tar.br'), tar.extract(staging)); // lib/: libnss3, libnspr4, libexpat…
  await pipeline(brotli('fonts.tar.br'), tar.extract(path.join(staging, 'fonts'))); // Open Sans
  fs.writeFileSync(
    path.join(staging, 'fonts.conf'),
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>${path.join(dir, 'fonts')}</dir>
  <cachedir>${path.join(dir, 'fonts-cache')}</cachedir>
</fontconfig>
`,
  );
  try {
    fs.renameSync(staging, dir);
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true });
    if (!fs.existsSync(dir)) throw error; // else another worker finished first
  }
}
