// README pictures: each role's home (My Work) after login, on a phone (390×844) and a
// desktop (1366×768), saved as PNG into OUT_DIR as home_<login>_<screen>.png.
// Usage: node home_shots.js BASE_URL OUT_DIR login [login...]
// (demo passwords; the roles' "Require Two-factor Login" unticked, as the served tests do)
const path = require('path');
const lib = require('./lib');

const [, , base, outDir, ...logins] = process.argv;

(async () => {
  const browser = await lib.launch();
  const shots = [];
  const errors = [];
  for (const login of logins) {
    for (const screen of ['phone', 'desktop']) {
      const page = await lib.newPage(browser, { phone: screen === 'phone' });
      try {
        await lib.login(page, base, login);
        // My Work is one card: wait for it and for its counters' texts
        await page.waitForSelector('.o_kanban_record, .o_form_view, .o_list_view', { timeout: 30000 });
        await page.waitForLoadState('networkidle').catch(() => {});
        const file = path.join(outDir, `home_${login.replace(/\./g, '_')}_${screen}.png`);
        await page.screenshot({ path: file, fullPage: screen === 'phone' });
        shots.push(file);
      } catch (e) {
        errors.push(`${login} ${screen}: ${e}`);
      }
      await page.close();  // and its context
    }
  }
  console.log(JSON.stringify({ shots, errors }));
  await browser.close();
})();
