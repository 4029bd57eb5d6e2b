// The administrator's walk on a desktop screen (1366 x 768): he creates a school with
// the New School wizard, then a user with a role preset in the settings user form, and
// prints what he saw as JSON (JavaScript errors, the wizard's notice, the roles shown
// in the user form without developer mode).
// Usage: node admin_walk.js BASE_URL LOGIN SCHOOL_NAME USER_LOGIN [SCREENSHOT.png]
const lib = require('./lib');

const [, , base, login, schoolName, userLogin, screenshot] = process.argv;

(async () => {
  const browser = await lib.launch();
  const page = await lib.newPage(browser);
  const errors = lib.collectErrors(page);
  const result = { errors, notice: null, wizardTitle: null, userForm: null, url: null };
  const field = (name) => page.locator(`.modal div[name=${name}] input, .modal div[name=${name}] textarea`).first();
  try {
    await lib.login(page, base, login);
    // 1. the New School wizard
    await page.goto(`${base}/odoo/action-documents_vn_office.vn_new_school_wizard_action`);
    await page.waitForSelector('.modal .o_form_view', { timeout: 30000 });
    result.wizardTitle = (await page.locator('.modal .modal-title').first().innerText()).trim();
    await field('name').fill(schoolName);
    await field('short_name').fill(`W${Date.now() % 100000}`);
    await field('school_year').fill('2026-2027');
    await field('week1_start').fill('07/09/2026');
    await field('week1_start').press('Enter');
    await page.locator('.modal div[name=user_ids] .o_field_x2many_list_row_add a').first().click();
    const row = page.locator('.modal div[name=user_ids] .o_selected_row');
    await row.locator('div[name=name] input').fill('Nguyễn Thị Giáo Viên');
    await row.locator('div[name=login] input').fill(`${userLogin}.gv`);
    await row.locator('div[name=preset_id] input').fill('');
    await row.locator('div[name=preset_id] input').click();
    await page.locator('.o-autocomplete--dropdown-item').filter({ hasText: /Giáo viên|Teacher/ }).first().click();
    await page.locator('.modal button[name=action_create]').click();
    const notice = page.locator('.o_notification').filter({ hasText: schoolName }).first();
    await notice.waitFor({ timeout: 30000 });
    result.notice = (await notice.innerText()).trim();
    // 2. a user with a preset, in the settings user form (no developer mode)
    await page.goto(`${base}/odoo/action-base.action_res_users/new`);
    await page.waitForSelector('.o_form_view div[name=vn_role_preset_id] input', { timeout: 30000 });
    await page.locator('.o_form_view div[name=name] input, .o_form_view .oe_title input').first().fill('Trần Văn Hiệu Trưởng');
    await page.locator('.o_form_view div[name=login] input').first().fill(userLogin);
    const preset = page.locator('.o_form_view div[name=vn_role_preset_id] input');
    await preset.click();
    await page.locator('.o-autocomplete--dropdown-item').filter({ hasText: /Hiệu trưởng|Principal/ }).first().click();
    await page.locator('.o_form_button_save').first().click();
    await page.waitForSelector('.o_form_saved, .o_form_view .o_form_status_indicator_buttons.invisible', { timeout: 30000 }).catch(() => {});
    await page.waitForTimeout(1500);
    await page.reload();
    await page.waitForSelector('.o_form_view div[name=vn_role_preset_id]', { timeout: 30000 });
    const tab = page.locator('.o_notebook .nav-link').filter({ hasText: /Quyền truy cập|Access Rights/ }).first();
    if (await tab.count()) await tab.click();
    result.userForm = (await page.locator('.o_form_view .o_notebook').first().innerText());
    if (screenshot) await page.screenshot({ path: screenshot, fullPage: true });
  } catch (e) {
    errors.push(`driver: ${e}`);
    if (screenshot) await page.screenshot({ path: screenshot }).catch(() => {});
  }
  result.url = page.url();
  console.log(JSON.stringify(result));
  await browser.close();
})();
