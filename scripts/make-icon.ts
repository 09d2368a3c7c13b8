/**
 * Renders electron/resources/icon.svg to electron/resources/icon.png (1024×1024, transparent background), the icon
 * electron-builder turns into the Linux, Windows and macOS icons. Run `npm run icon` after editing the SVG and keep
 * the PNG in the repository. Uses Debian's Chromium (`/usr/bin/chromium`) or CHROME_PATH.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const SIZE = 1024;
const svgPath = fileURLToPath(new URL('../electron/resources/icon.svg', import.meta.url));
const pngPath = fileURLToPath(new URL('../electron/resources/icon.png', import.meta.url));

const executablePath = [process.env['CHROME_PATH'], '/usr/bin/chromium'].find((p): p is string => !!p && existsSync(p));
if (!executablePath) throw new Error('Chromium not found: install Debian\'s "chromium" or set CHROME_PATH');

const svg = readFileSync(svgPath, 'utf8');
const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
const html =
  '<!doctype html><html><head><style>html,body{margin:0;background:transparent}img{display:block}</style></head>' +
  `<body><img src="${dataUrl}" width="${SIZE}" height="${SIZE}" alt=""></body></html>`;

const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE }, deviceScaleFactor: 1 });
  await page.setContent(html, { waitUntil: 'load' });
  // A broken SVG (e.g. invalid XML) renders as a broken-image placeholder, not as an error: fail instead.
  const width = await page.evaluate('document.images[0].naturalWidth');
  if (width !== SIZE) throw new Error(`${svgPath} did not load as an image (natural width ${String(width)})`);
  const png = await page.screenshot({ type: 'png', omitBackground: true, clip: { x: 0, y: 0, width: SIZE, height: SIZE } });
  writeFileSync(pngPath, png);
  console.log(`wrote ${pngPath} (${SIZE}×${SIZE}, ${png.length} bytes)`);
} finally {
  await browser.close();
}
