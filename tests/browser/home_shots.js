// README pictures: each role's home (My Work) after login, on a phone (390×844) and a
// desktop (1366×768), saved as PNG into OUT_DIR as home_<login>_<screen>.png.
// Usage: node home_shots.js BASE_URL OUT_DIR login [login...]
// (demo passwords; the roles' "Require Two-factor Login" unticked, as the served tests do)
const path = require('path');
const { chromium } = require('playwright-core');

const [, , base, outDir, ...logins] = process.argv;

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const shots = [];
  const errors = [];
  for (const login of logins) {
    for (const screen of ['phone', 'desktop']) {
      const context = await browser.newContext(screen === 'phone'
        ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }
        : { viewport: { width: 1366, height: 768 } });
      const page = await context.newPage();
      try {
        await page.goto(`${base}/web/login`);
        await page.fill('input[name=login]', login);
        await page.fill('input[name=password]', login + '@Vn2026');
        await Promise.all([page.waitForURL(/\/odoo/), page.click('button[type=submit]')]);
        // My Work is one card: wait for it and for its counters' texts
        await page.waitForSelector('.o_kanban_record, .o_form_view, .o_list_view', { timeout: 30000 });
        await page.waitForLoadState('networkidle').catch(() => {});
        const file = path.join(outDir, `home_${login.replace(/\./g, '_')}_${screen}.png`);
        await page.screenshot({ path: file, fullPage: screen === 'phone' });
        shots.push(file);
      } catch (e) {
        errors.push(`${login} ${screen}: ${e}`);
      }
      await context.close();
    }
  }
  console.log(JSON.stringify({ shots, errors }));
  await browser.close();
})();
