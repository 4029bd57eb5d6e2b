// A teacher on a phone-sized screen creates a professional record, uploads its file and
// submits it. Prints JSON: JavaScript errors, the record's id, the state shown after
// the submission and the files listed.
// Usage: node phone_upload.js BASE_URL LOGIN LESSON_DATE(dd/mm/yyyy) SUBJECT SUBMIT_TEXT
const lib = require('./lib');

const [, , base, login, lessonDate, subject, submitText] = process.argv;

(async () => {
  const browser = await lib.launch();
  const page = await lib.newPage(browser, { phone: true });
  const errors = lib.collectErrors(page);
  const result = { errors, id: null, state: null, files: [], url: null };
  try {
    await lib.login(page, base, login);
    await page.goto(`${base}/odoo/action-documents_vn_office.vn_teaching_record_action/new`);
    await page.waitForSelector('.o_form_view div[name=subject] input', { timeout: 30000 });
    await page.fill('div[name=subject] input', subject);
    const date = page.locator('div[name=lesson_date] input');
    await date.fill(lessonDate);
    await date.press('Enter');
    await page.locator('div[name=attachment_ids] input[type=file]').setInputFiles({
      name: 'ke-hoach-bai-day.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n% ke hoach bai day\n'),
    });
    await page.getByText('ke-hoach-bai-day.pdf').first().waitFor({ timeout: 15000 });
    // the primary step is on the form (phone_primary_buttons.js); the others are in the
    // gear menu of the control panel
    let submit = page.getByRole('button', { name: submitText }).first();
    result.in_menu = !(await submit.isVisible());
    if (result.in_menu) {
      await page.locator('.o_control_panel .fa-cog').first().tap();
      submit = page.locator('.dropdown-menu, .o-dropdown--menu').getByText(submitText, { exact: true }).first();
    }
    await submit.tap();
    await page.waitForURL(/\/\d+(\?.*)?$/, { timeout: 15000 });
    await page.waitForSelector('.o_statusbar_status .o_arrow_button_current', { timeout: 15000 });
    // the step runs after the save: open the saved record again and read its state
    await page.waitForTimeout(1500);
    await page.reload();
    await page.waitForSelector('.o_statusbar_status .o_arrow_button_current', { timeout: 30000 });
    result.state = (await page.locator('.o_statusbar_status .o_arrow_button_current').first().innerText()).trim();
    result.files = await page.locator('div[name=attachment_ids] .o_attachment').allInnerTexts();
    const match = page.url().match(/\/(\d+)(\?.*)?$/);
    result.id = match ? Number(match[1]) : null;
  } catch (e) {
    errors.push(`driver: ${e}`);
    if (process.env.PHONE_SHOT) {
      await page.screenshot({ path: process.env.PHONE_SHOT }).catch(() => {});
      result.buttons = await page.locator('button').allInnerTexts().catch(() => []);
    }
  }
  result.url = page.url();
  console.log(JSON.stringify(result));
  await browser.close();
})();
