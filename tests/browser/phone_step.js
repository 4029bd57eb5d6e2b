// Logs in as LOGIN on a phone-sized screen, opens the form at PATH, takes the workflow
// step whose button reads STEP_TEXT (on the form; in the gear menu of the control panel
// for a secondary step) and prints JSON: JavaScript errors, whether the menu had to be
// opened ("in_menu") and the state shown once the form is opened again.
// Usage: node phone_step.js BASE_URL LOGIN PATH STEP_TEXT
const lib = require('./lib');

const [, , base, login, path, stepText] = process.argv;

(async () => {
  const browser = await lib.launch();
  const page = await lib.newPage(browser, { phone: true });
  const errors = lib.collectErrors(page);
  const result = { errors, state: null, url: null, in_menu: false };
  try {
    await lib.login(page, base, login);
    await page.goto(`${base}${path}`);
    await page.waitForSelector('.o_statusbar_status .o_arrow_button_current', { timeout: 30000 });
    let button = page.getByRole('button', { name: stepText, exact: true }).first();
    // the primary step is on the form (phone_primary_buttons.js): give it time to be drawn
    await button.waitFor({ state: 'visible', timeout: 10000 }).catch(() => {});
    if (!(await button.isVisible())) {
      result.in_menu = true;
      // on a phone the header buttons sit in the gear menu; open it (again if the first tap
      // came while the form was still being drawn)
      const menuItem = page.locator('.dropdown-menu, .o-dropdown--menu').getByText(stepText, { exact: true }).first();
      for (let attempt = 0; attempt < 3; attempt++) {
        await page.locator('.o_control_panel .fa-cog').first().tap();
        try {
          await menuItem.waitFor({ state: 'visible', timeout: 8000 });
          break;
        } catch (e) {
          if (attempt === 2) throw e;
          await page.keyboard.press('Escape');
          await page.waitForTimeout(1000);
        }
      }
      button = menuItem;
    }
    await button.tap();
    await page.waitForTimeout(1500);
    await page.reload();
    await page.waitForSelector('.o_statusbar_status .o_arrow_button_current', { timeout: 30000 });
    result.state = (await page.locator('.o_statusbar_status .o_arrow_button_current').first().innerText()).trim();
  } catch (e) {
    errors.push(`driver: ${e}`);
    if (process.env.PHONE_SHOT) await page.screenshot({ path: process.env.PHONE_SHOT }).catch(() => {});
  }
  result.url = page.url();
  console.log(JSON.stringify(result));
  await browser.close();
})();
