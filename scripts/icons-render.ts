/**
 * Renders assets/icon.svg to the PNG sizes the manifest references (desktop 16/32/64/80/128,
 * mobile 25/48) using the machine's Chromium. Run after editing the SVG: `npm run icons`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './chromiumPath';

const sizes = [16, 25, 32, 48, 64, 80, 128];
const root = path.resolve(__dirname, '..');

async function main(): Promise<void> {
  const svg = readFileSync(path.join(root, 'assets/icon.svg'), 'utf8');
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS] });
  try {
    for (const size of sizes) {
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      await page.setContent(
        `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
      );
      await page.screenshot({ path: path.join(root, `assets/icon-${size}.png`), omitBackground: true });
      await page.close();
    }
  } finally {
    await browser.close();
  }
  console.log(`rendered ${sizes.map((s) => `icon-${s}.png`).join(', ')}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
