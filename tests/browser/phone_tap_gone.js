// Logs in as LOGIN on a phone-sized screen, opens PATH (a list), taps the first button
// whose text is TAP_TEXT and waits until no such button is left (the step was taken and
// the list drawn again); prints JSON: JavaScript errors, whether the button went away,
// and the text of the list rows afterwards.
// Usage: node phone_tap_gone.js BASE_URL LOGIN PATH TAP_TEXT
const { chromium } = require('playwright-core');

const [, , base, login, path, tapText] = process.argv;

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
  const result = { errors, seen: false, gone: false, rows: [], url: null };
  try {
    await page.goto(`${base}/web/login`);
    await page.fill('input[name=login]', login);
    await page.fill('input[name=password]', login + '@Vn2026');
    await Promise.all([page.waitForURL(/\/odoo/), page.click('button[type=submit]')]);
    await page.goto(`${base}${path}`);
    await page.waitForSelector('.o_action_manager .o_content', { timeout: 30000 });
    const button = page.getByRole('button', { name: tapText, exact: true });
    await button.first().waitFor({ timeout: 15000 });
    result.seen = true;
    await button.first().tap();
    await button.first().waitFor({ state: 'detached', timeout: 15000 });
    result.gone = true;
    result.rows = await page.locator('.o_data_row, .o_kanban_record:not(.o_kanban_ghost)').allInnerTexts();
  } catch (e) {
    errors.push(`driver: ${e}`);
  }
  result.url = page.url();
  console.log(JSON.stringify(result));
  await browser.close();
})();
