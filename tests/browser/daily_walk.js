// One user's day in a real Chromium: logs in as LOGIN on a phone (390×844) or a desktop
// (1366×768) screen, then runs STEPS (JSON list) and prints JSON: JavaScript errors, the
// texts found after each "expect" step, the counts read, the final URL.
// Steps: {"goto": path} | {"tap": "text|other text"} | {"row": "text"} (opens a list row
// or kanban card) | {"expect": ["text|alternative", ...]} | {"count": "selector", "min": n}
// | {"select": [field, option]} | {"click": css} | {"wait": ms}
// | {"fill": [field, text]} (types into a field of the dialog or form)
// | {"radio": [field, label]} (picks a radio option)
// | {"pdf": ms} (waits until a PDF has arrived) | {"button": "text"} (a visible button of the form with that text, not in the ⚙ menu:
//   recorded under found["button:text"]). A text with "|" matches any of its
// alternatives (English source or Vietnamese translation). Every PDF the browser receives
// is saved and its path listed in "pdfs".
// Usage: node daily_walk.js BASE_URL LOGIN phone|desktop STEPS_JSON
const fs = require('fs');
const os = require('os');
const path = require('path');
const lib = require('./lib');

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
  const browser = await lib.launch();
  const page = await lib.newPage(browser, { phone });
  const errors = lib.collectErrors(page);
  const result = { errors, found: {}, counts: [], landing: null, url: null, downloads: [], pdfs: [] };
  const saving = [];
  const pdfPath = () => path.join(os.tmpdir(), `walk-${process.pid}-${result.pdfs.length + saving.length}.pdf`);
  page.on('response', (r) => {
    const type = r.headers()['content-type'] || '';
    if (!type.includes('application/pdf')) return;
    result.downloads.push(r.url());
    const file = pdfPath();
    saving.push(r.body().then((body) => { fs.writeFileSync(file, body); result.pdfs.push(file); }).catch(() => {}));
  });
  page.on('download', (d) => {
    const file = pdfPath();
    saving.push(d.saveAs(file).then(() => { result.pdfs.push(file); }).catch(() => {}));
  });
  try {
    await lib.login(page, base, login);
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
        // with "min": waits (up to 20 s) until at least that many are there
        let n = await page.locator(step.count).count();
        for (let i = 0; step.min && n < step.min && i < 40; i += 1) {
          await page.waitForTimeout(500);
          n = await page.locator(step.count).count();
        }
        result.counts.push(n);
      } else if (step.select) {
        const [name, label] = step.select;
        const select = page.locator(`.modal div[name="${name}"] select, .o_form_view div[name="${name}"] select`).last();
        await select.waitFor({ timeout: 20000 });
        const options = await select.locator('option').allInnerTexts();
        const wanted = options.find((o) => alternatives(label).some((alt) => o.includes(alt)));
        if (!wanted) throw new Error(`no option ${label} in ${name}: ${options.join(', ')}`);
        await select.selectOption({ label: wanted });
        await page.waitForTimeout(1000);
      } else if (step.fill) {
        const [name, text] = step.fill;
        const input = page.locator(
          ['input', 'textarea'].map((tag) => `.modal div[name="${name}"] ${tag}, .o_form_view div[name="${name}"] ${tag}`).join(', ')
        ).last();
        await input.waitFor({ timeout: 20000 });
        await input.fill(text);
        await input.dispatchEvent('change');
        await input.blur();
      } else if (step.radio) {
        const [name, label] = step.radio;
        const options = page.locator(`.modal div[name="${name}"] .o_radio_item, .o_form_view div[name="${name}"] .o_radio_item`);
        await options.first().waitFor({ timeout: 20000 });
        let picked = false;
        for (const alt of alternatives(label)) {
          const option = options.filter({ hasText: alt }).last();
          if (await option.count()) {
            await option.locator('input').check();
            picked = true;
            break;
          }
        }
        if (!picked) throw new Error(`no option ${label} in ${name}`);
      } else if (step.button) {
        // the form's own buttons (status bar or sheet), the ⚙ menu left closed
        let seen = false;
        for (let i = 0; i < 20 && !seen; i += 1) {
          for (const alt of alternatives(step.button)) {
            const buttons = page.locator('.o_form_view button:not(.dropdown-item)').filter({ hasText: alt });
            const n = await buttons.count();
            for (let k = 0; k < n && !seen; k += 1) {
              const b = buttons.nth(k);
              if ((await b.isVisible()) && (await b.innerText()).trim() === alt) seen = true;
            }
            if (seen) break;
          }
          if (!seen) await page.waitForTimeout(500);
        }
        result.found[`button:${step.button}`] = seen;
      } else if (step.pdf) {
        // wait (up to step.pdf ms) until a PDF has arrived and is saved
        for (let i = 0; i < step.pdf / 250 && !result.pdfs.length; i += 1) {
          await Promise.all(saving);
          if (!result.pdfs.length) await page.waitForTimeout(250);
        }
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
  await Promise.all(saving);
  result.url = page.url();
  console.log(JSON.stringify(result));
  await browser.close();
})();
