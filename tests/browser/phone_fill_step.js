// Logs in as LOGIN on a phone-sized screen, opens the form at PATH, fills the fields of
// FIELDS_JSON ({"field": "text"} for text inputs and text areas, {"field": {"label": "…"}}
// for a drop-down), taps the workflow button STEP_TEXT and prints JSON: JavaScript
// errors, whether the button had to be looked for in the gear menu ("in_menu": it should
// be on the form), and the state shown once the form is opened again.
// Usage: node phone_fill_step.js BASE_URL LOGIN PATH STEP_TEXT FIELDS_JSON
const lib = require('./lib');

const [, , base, login, path, stepText, fieldsJson] = process.argv;

(async () => {
  const browser = await lib.launch();
  const page = await lib.newPage(browser, { phone: true });
  const errors = lib.collectErrors(page);
  const result = { errors, state: null, before: null, url: null, in_menu: false };
  const current = '.o_statusbar_status .o_arrow_button_current';
  try {
    await lib.login(page, base, login);
    await page.goto(`${base}${path}`);
    await page.waitForSelector(current, { state: 'attached', timeout: 30000 });
    result.before = (await page.locator(current).first().textContent()).trim();
    for (const [name, value] of Object.entries(JSON.parse(fieldsJson || '{}'))) {
      const field = page.locator(`.o_form_view div[name="${name}"]`).first();
      if (typeof value === 'object') {
        await field.locator('select').selectOption({ label: value.label });
      } else {
        await field.locator('textarea, input').first().fill(value);
      }
    }
    const button = page.getByRole('button', { name: stepText, exact: true }).first();
    try {
      await button.waitFor({ state: 'visible', timeout: 10000 });
    } catch (e) {
      result.in_menu = true;
      throw new Error(`"${stepText}" is not on the phone form`);
    }
    // back to the top of the form, where the status bar and its buttons are (the
    // fields filled further down scrolled it away)
    await page.evaluate(() => document.querySelectorAll('.o_content, .o_form_view, html').forEach((el) => { el.scrollTop = 0; }));
    await button.scrollIntoViewIfNeeded();
    await button.tap();
    // the step is taken when the status bar shows another state
    await page.waitForFunction(
      ([sel, before]) => {
        const el = document.querySelector(sel);
        return el && el.textContent.trim() !== before;
      },
      [current, result.before],
      { timeout: 30000 },
    );
    await page.reload();
    await page.waitForSelector(current, { state: 'attached', timeout: 30000 });
    result.state = (await page.locator(current).first().textContent()).trim();
  } catch (e) {
    errors.push(`driver: ${e}`);
    if (process.env.PHONE_SHOT) await page.screenshot({ path: process.env.PHONE_SHOT }).catch(() => {});
  }
  result.url = page.url();
  console.log(JSON.stringify(result));
  await browser.close();
})();
