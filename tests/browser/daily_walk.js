// One user's day in a real Chromium: logs in as LOGIN on a phone (390×844) or a desktop
// (1366×768) screen, then runs STEPS (JSON list) and prints JSON: JavaScript errors, the
// texts found after each "expect" step, the counts read, the final URL.
// Steps: {"goto": path} | {"tap": "text|other text"} | {"row": "text"} (opens a list row
// or kanban card) | {"expect": ["text|alternative", ...]} | {"count": "selector"}
// | {"select": [field, option]} | {"click": css} | {"wait": ms}. A text with "|" matches any of its alternatives (English source or
// Vietnamese translation).
// Usage: node daily_walk.js BASE_URL LOGIN phone|desktop STEPS_JSON
const { chromium } = require('playwright-core');

const [, , base, login, screen, stepsJson] = process.argv;
const steps = JSON.parse(stepsJson);
const phone = screen === 'phone';

function alternatives(text) {
  return text.split('|').map((t) => t.trim()).filter(Boolean);
}

async function visibleText(page, text, exact = false) {
  for (const alt of alternatives(text)) {
    const loc = page.getByText(alt, { exact });
    const n = await loc.count();
    for (let i = 0; i < n; i += 1) {
      if (await loc.nth(i).isVisible()) return loc.nth(i);
    }
  }
  return null;
}

(async () => {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage(phone
    ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }
    : { viewport: { width: 1366, height: 768 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  const result = { errors, found: {}, counts: [], landing: null, url: null, downloads: [] };
  page.on('response', (r) => {
    const type = r.headers()['content-type'] || '';
    if (type.includes('application/pdf')) result.downloads.push(r.url());
  });
  try {
    await page.goto(`${base}/web/login`);
    await page.fill('input[name=login]', login);
    await page.fill('input[name=password]', login + '@Vn2026');  // README: demo passwords
    await Promise.all([page.waitForURL(/\/odoo/), page.click('button[type=submit]')]);
    await page.waitForSelector('.o_control_panel, .o_content', { timeout: 30000 });
    await page.waitForTimeout(800);
    result.landing = (await page.locator('.o_breadcrumb, .o_control_panel').first().innerText().catch(() => '')).trim();
    for (const step of steps) {
      if (step.goto) {
        await page.goto(`${base}${step.goto}`);
        await page.waitForSelector('.o_control_panel, .o_content', { timeout: 30000 });
        await page.waitForTimeout(800);
      } else if (step.tap) {
        let target = null;
        for (let i = 0; i < 20 && !target; i += 1) {
          for (const alt of alternatives(step.tap)) {
            const buttons = page.getByRole('button', { name: alt, exact: true });
            const n = await buttons.count();
            for (let k = 0; k < n && !target; k += 1) {
              if (await buttons.nth(k).isVisible()) target = buttons.nth(k);
            }
            if (target) break;
          }
          if (!target) target = await visibleText(page, step.tap, true);
          if (!target && i > 5) target = await visibleText(page, step.tap);
          if (!target && i === 3 && phone) {
            const cog = page.locator('.o_control_panel .fa-cog').first();
            if (await cog.count()) await cog.tap();
          }
          if (!target) await page.waitForTimeout(500);
        }
        if (!target) throw new Error(`nothing to tap: ${step.tap}`);
        if (phone) await target.tap(); else await target.click();
        await page.waitForTimeout(1500);
      } else if (step.row) {
        const row = page.locator('.o_data_row, .o_kanban_record').filter({ hasText: step.row }).first();
        await row.waitFor({ timeout: 20000 });
        if (phone) await row.tap(); else await row.locator('td.o_data_cell, .o_kanban_record > *').first().click().catch(() => row.click());
        await page.waitForTimeout(1500);
      } else if (step.expect) {
        for (const text of step.expect) {
          let seen = null;
          for (let i = 0; i < 20 && !seen; i += 1) {
            seen = await visibleText(page, text);
            if (!seen) await page.waitForTimeout(500);
          }
          result.found[text] = Boolean(seen);
        }
      } else if (step.count) {
        result.counts.push(await page.locator(step.count).count());
      } else if (step.select) {
        const [name, label] = step.select;
        const select = page.locator(`.modal div[name="${name}"] select, .o_form_view div[name="${name}"] select`).last();
        await select.waitFor({ timeout: 20000 });
        const options = await select.locator('option').allInnerTexts();
        const wanted = options.find((o) => alternatives(label).some((alt) => o.includes(alt)));
        if (!wanted) throw new Error(`no option ${label} in ${name}: ${options.join(', ')}`);
        await select.selectOption({ label: wanted });
        await page.waitForTimeout(1000);
      } else if (step.click) {
        await page.locator(step.click).first().click();
        await page.waitForTimeout(1500);
      } else if (step.shot) {
        if (process.env.PHONE_SHOT) await page.screenshot({ path: step.shot });
      } else if (step.wait) {
        await page.waitForTimeout(step.wait);
      }
    }
  } catch (e) {
    errors.push(`driver: ${e}`);
    if (process.env.PHONE_SHOT) await page.screenshot({ path: process.env.PHONE_SHOT }).catch(() => {});
  }
  result.url = page.url();
  console.log(JSON.stringify(result));
  await browser.close();
})();
