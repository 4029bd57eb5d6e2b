// Logs in as LOGIN on a phone-sized screen (390x844), opens the form at PATH and prints
// JSON: JavaScript errors, whether the button reading STEP_TEXT is visible on the form
// without opening any menu, and the visible texts of the phone step bar.
// Usage: node phone_form_buttons.js BASE_URL LOGIN PATH STEP_TEXT
const { chromium } = require('playwright-core');

const [, , base, login, path, stepText] = process.argv;

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  const result = { errors, visible: false, inViewport: false, bar: [], menuOpen: false };
  try {
    await page.goto(`${base}/web/login`);
    await page.fill('input[name=login]', login);
    await page.fill('input[name=password]', login);
    await Promise.all([page.waitForURL(/\/odoo/), page.click('button[type=submit]')]);
    await page.goto(`${base}${path}`);
    await page.waitForSelector('.o_form_statusbar', { timeout: 30000 });
    await page.waitForTimeout(500);
    result.menuOpen = await page.locator('.o-dropdown--menu').count() > 0;
    const button = page.locator('.o_vn_phone_steps button', { hasText: stepText }).first();
    result.visible = await button.isVisible();
    if (result.visible) {
      const box = await button.boundingBox();
      result.inViewport = !!box && box.y >= 0 && box.y + box.height <= 844 && box.x >= 0 && box.x + box.width <= 390;
    }
    result.bar = (await page.locator('.o_vn_phone_steps button').allInnerTexts()).map((t) => t.trim());
  } catch (e) {
    errors.push(`driver: ${e}`);
  }
  console.log(JSON.stringify(result));
  await browser.close();
})();
