// What every driver of this folder does first: start the system Chromium, open a phone
// (390×844, touch) or desktop (1366×768) page, collect the page's JavaScript errors and
// log in as a demo user (README: demo passwords are LOGIN@Vn2026).
const { chromium } = require('playwright-core');

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const DESKTOP = { viewport: { width: 1366, height: 768 } };

function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

// a page in a context of its own (closing the page closes its context, cookies included)
function newPage(browser, { phone = false } = {}) {
  return browser.newPage(phone ? PHONE : DESKTOP);
}

// the page's uncaught exceptions and console errors, in the order they come
function collectErrors(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  return errors;
}

async function login(page, base, user, password = `${user}@Vn2026`) {
  await page.goto(`${base}/web/login`);
  await page.fill('input[name=login]', user);
  await page.fill('input[name=password]', password);
  await Promise.all([page.waitForURL(/\/odoo/), page.click('button[type=submit]')]);
}

module.exports = { launch, newPage, collectErrors, login };
