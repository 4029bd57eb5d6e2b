// Logs in as a demo user on a phone-sized screen (390 x 844), opens a page of the web
// client, optionally taps a button by its text, and prints what a person would see as
// JSON: JavaScript errors, which expected texts are on screen, the list rows shown.
// Usage: node phone.js BASE_URL LOGIN PATH '["text", ...]' [TAP_TEXT] [SCREENSHOT.png]
const lib = require('./lib');

const [, , base, login, path, expectJson, tapText, screenshot] = process.argv;

(async () => {
  const browser = await lib.launch();
  const page = await lib.newPage(browser, { phone: true });
  const errors = lib.collectErrors(page);
  const result = { errors, found: {}, rows: null, url: null };
  try {
    await lib.login(page, base, login);
    await page.goto(`${base}${path}`);
    await page.waitForSelector('.o_action_manager .o_content, .o_action_manager .o_form_view', { timeout: 30000 });
    // (no "networkidle": the web client keeps its bus connection open)
    for (const text of JSON.parse(expectJson || '[]')) {
      try {
        await page.getByText(text, { exact: false }).first().waitFor({ timeout: 15000 });
        result.found[text] = true;
      } catch (e) {
        result.found[text] = false;
      }
    }
    if (tapText) {
      await page.getByText(tapText, { exact: false }).first().tap();
      const rows = page.locator('.o_data_row, .o_kanban_record:not(.o_kanban_ghost)');
      await rows.first().waitFor({ timeout: 15000 }).catch(() => {});
      result.rows = await rows.count();
    }
    if (screenshot) await page.screenshot({ path: screenshot });
  } catch (e) {
    errors.push(`driver: ${e}`);
  }
  result.url = page.url();
  console.log(JSON.stringify(result));
  await browser.close();
})();
