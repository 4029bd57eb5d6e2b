// Logs in as LOGIN on a phone-sized screen, opens PATH (a list), taps the first button
// whose text is TAP_TEXT and waits until no such button is left (the step was taken and
// the list drawn again); prints JSON: JavaScript errors, whether the button went away,
// and the text of the list rows afterwards.
// Usage: node phone_tap_gone.js BASE_URL LOGIN PATH TAP_TEXT
const lib = require('./lib');

const [, , base, login, path, tapText] = process.argv;

(async () => {
  const browser = await lib.launch();
  const page = await lib.newPage(browser, { phone: true });
  const errors = lib.collectErrors(page);
  const result = { errors, seen: false, gone: false, rows: [], url: null };
  try {
    await lib.login(page, base, login);
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
