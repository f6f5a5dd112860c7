// End-to-end test of the Palisade console in a real browser (Debian's chromium through
// playwright-core). Driven by netpol/tests/console_e2e.rs, which starts the console, a real
// palisade-proxy posting alerts to it, and prepares a proposed map. Inputs (environment):
//   CONSOLE_URL     http://127.0.0.1:PORT of `palisade-netpol serve`
//   PROXY_URL       http://127.0.0.1:PORT of `palisade-proxy` (to send a live attack)
//   APPROVER_TOKEN  an approver token of the console
//   REQUEST_IDS     comma-separated request ids of attacks already sent through the proxy
//   EDGE            the proposed edge to approve on the map page
//   SHOTS           directory for the screenshots
//   CHROMIUM        browser executable (default /usr/bin/chromium)
// Exits 0 when every check passed; prints what failed otherwise.
import { chromium } from 'playwright-core';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const env = (k) => {
  const v = process.env[k];
  if (!v) { console.error(`missing environment variable ${k}`); process.exit(2); }
  return v;
};
const CONSOLE_URL = env('CONSOLE_URL');
const PROXY_URL = env('PROXY_URL');
const TOKEN = env('APPROVER_TOKEN');
const IDS = env('REQUEST_IDS').split(',');
const EDGE = env('EDGE');
const SHOTS = env('SHOTS');
const T = 20000;

mkdirSync(SHOTS, { recursive: true });
const profile = mkdtempSync(join(tmpdir(), 'palisade-e2e-chromium-'));
// A fresh profile directory (playwright passes it as --user-data-dir).
const ctx = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  timeout: 60000,
  viewport: { width: 1440, height: 900 },
  args: [
    '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
  ],
});

const step = (m) => console.log(`e2e: ${m}`);
let failed = false;
const pageErrors = [];
try {
  const page = ctx.pages()[0] || await ctx.newPage();
  page.setDefaultTimeout(T);
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  // Expected 401s (before login, the wrong token) show as failed loads: not errors.
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().includes('status of 401')) pageErrors.push(m.text());
  });

  step('login page');
  await page.goto(CONSOLE_URL + '/');
  await page.locator('#login-token').waitFor({ state: 'visible' });
  await page.fill('#login-token', 'not-a-valid-token-at-all');
  await page.click('#login-form button[type=submit]');
  await page.locator('#login-error', { hasText: 'invalid credentials' }).waitFor();
  await page.fill('#login-token', TOKEN);
  await page.click('#login-form button[type=submit]');
  await page.locator('#me', { hasText: 'approver:' }).waitFor();

  step('alerts page lists the attacks sent through the proxy');
  const rows = page.locator('#alert-table tbody tr');
  await page.waitForFunction((n) => document.querySelectorAll('#alert-table tbody tr').length >= n, IDS.length);
  for (const id of IDS) {
    // The detail view shows the request id: open each alert from the list.
    const n = await rows.count();
    let found = false;
    for (let i = 0; i < n && !found; i++) {
      await rows.nth(i).click();
      found = (await page.locator('#detail').innerText()).includes(id);
    }
    if (!found) throw new Error(`alert with request id ${id} not in the list`);
  }
  const detail = await page.locator('#detail').innerText();
  for (const want of ['Matches', 'ARGS:', 'blocked']) {
    if (!detail.includes(want)) throw new Error(`detail view lacks ${want}: ${detail}`);
  }
  // The chart has bars.
  await page.waitForFunction(() => document.querySelectorAll('#chart rect').length > 0);

  step('a new attack appears live (server-sent events), without a reload');
  await page.locator('#live.on').waitFor();
  const live = 'e2e-live-' + Date.now();
  const r = await fetch(PROXY_URL + "/search?q=1'%20union%20select%20password%20from%20users--", {
    headers: { 'X-Request-Id': live },
  });
  if (r.status !== 403) throw new Error(`proxy answered ${r.status} to the live attack`);
  const before = await rows.count();
  await page.waitForFunction((n) => document.querySelectorAll('#alert-table tbody tr').length > n, before);
  await rows.first().click();
  await page.locator('#detail', { hasText: live }).waitFor();

  step('filters');
  await page.selectOption('#filters select[name=action]', 'detected');
  await page.click('#filters button[type=submit]');
  await page.locator('#alerts-empty').waitFor({ state: 'visible' });
  await page.selectOption('#filters select[name=action]', 'blocked');
  await page.click('#filters button[type=submit]');
  await page.waitForFunction((n) => document.querySelectorAll('#alert-table tbody tr').length >= n, IDS.length + 1);
  await rows.first().click();
  await page.screenshot({ path: join(SHOTS, 'alerts.png'), fullPage: false });

  step('map page: approve one proposed edge');
  await page.click('#tab-map');
  const edgeRow = page.locator(`#edges tbody tr[data-edge="${EDGE}"]`);
  await edgeRow.locator('.tag', { hasText: 'proposed' }).waitFor();
  const arrows = await page.locator('#graph line.edge').count();
  if (arrows < 1) throw new Error('no arrows drawn on the map');
  await edgeRow.locator('button.approve').click();
  await page.locator('#flash', { hasText: 'policy v1' }).waitFor();
  await edgeRow.locator('.tag', { hasText: 'approved' }).waitFor();
  await page.locator('#history tbody tr', { hasText: 'approver:' }).first().waitFor();
  await page.locator('#graph line.edge.approved').first().waitFor({ state: 'attached' });
  await page.screenshot({ path: join(SHOTS, 'map.png'), fullPage: true });

  if (pageErrors.length) throw new Error('errors in the page: ' + pageErrors.join(' | '));
  step('all checks passed');
} catch (e) {
  failed = true;
  console.error('e2e FAILED: ' + (e && e.stack ? e.stack : e));
  try {
    const pages = ctx.pages();
    if (pages[0]) await pages[0].screenshot({ path: join(SHOTS, 'failure.png'), fullPage: true });
  } catch (_) { /* best effort */ }
} finally {
  await ctx.close();
  rmSync(profile, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
