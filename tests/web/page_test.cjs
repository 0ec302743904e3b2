// End-to-end test of the casus page in headless Chromium (Debian's chromium,
// driven by the npm package playwright-core): ingest tests/web/corpus.jsonl,
// serve it, pick a dyad, see a non-empty chart, brush a time range, open an
// event and see its sentence with source, trigger and target highlighted.
// Saves a screenshot in ARTIFACT_DIR.
// Usage: NODE_PATH=$(npm root -g) node page_test.cjs CASUS_BINARY CORPUS ARTIFACT_DIR
const { chromium } = require('playwright-core');
const { spawn, execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const [casus, corpus, artifacts] = process.argv.slice(2);
const CHROMIUM = '/usr/bin/chromium';
let passed = 0, failed = 0;
function check(name, condition, detail = '') {
  if (condition) passed++;
  else { failed++; console.error(`FAIL: ${name} ${detail}`); }
}

function startServer(db) {
  return new Promise((resolve, reject) => {
    const server = spawn(casus, ['serve', '--db', db, '--port', '0', '--quiet'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let seen = '';
    server.stderr.on('data', (chunk) => {
      seen += chunk;
      const match = seen.match(/serving (http:\/\/127\.0\.0\.1:\d+\/)/);
      if (match) resolve({ server, url: match[1] });
    });
    server.on('exit', (code) => reject(new Error(`casus serve exited (${code}): ${seen}`)));
  });
}

async function main() {
  if (!fs.existsSync(CHROMIUM)) {
    console.log(`skipping the page test: ${CHROMIUM} is absent (scripts/install-deps.sh installs it)`);
    return;
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'casus_page_test.'));
  const db = path.join(work, 'events.db');
  execFileSync(casus, ['ingest', '--db', db, '--input-format', 'jsonl', corpus], { stdio: ['ignore', 'ignore', 'pipe'] });
  const { server, url } = await startServer(db);
  const context = await chromium.launchPersistentContext(path.join(work, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 1000 },
  });
  const errors = [];
  try {
    const page = context.pages()[0] || await context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    // Nothing but the server itself: the page must not reach out.
    const foreign = [];
    page.on('request', (r) => { if (!r.url().startsWith(url)) foreign.push(r.url()); });

    await page.goto(url);
    await page.waitForFunction(() => /\d+ events/.test(document.querySelector('#store-info').textContent));
    check('the page shows the store', /events in 12 documents/.test(await page.textContent('#store-info')));

    // Type-ahead offers actor codes from the store.
    await page.fill('#actor-a', 'IR');
    await page.dispatchEvent('#actor-a', 'input');
    await page.waitForSelector('#actors-a option[value="IRQ"]', { state: 'attached', timeout: 5000 });
    check('type-ahead offers IRQ and IRN', await page.$('#actors-a option[value="IRN"]') !== null);

    await page.fill('#actor-a', 'IRQ');
    await page.fill('#actor-b', 'USA');
    await page.click('#show');
    await page.waitForSelector('#chart canvas');
    const dated = Number(await page.getAttribute('#chart', 'data-events'));
    check('the dyad IRQ-USA has events on the chart', dated > 0, `data-events=${dated}`);
    const inked = await page.evaluate(() => {
      const canvas = document.querySelector('#chart canvas');
      const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
      let n = 0;
      for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) n++;
      return n;
    });
    check('the chart is drawn (inked pixels)', inked > 500, `inked=${inked}`);
    check('the event list is filled', (await page.$$('#events tbody tr[data-id]')).length > 0);

    // Brush across the chart: the list becomes the events of that range.
    const over = await page.$('#chart .u-over');
    const box = await over.boundingBox();
    await page.mouse.move(box.x + 1, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 8 });
    await page.mouse.up();
    await page.waitForFunction(() => /from \d{4}-\d\d-\d\d to/.test(document.querySelector('#events-title').textContent));
    const title = await page.textContent('#events-title');
    check('the brushed range is listed', /IRQ ⇄ USA from 2019-0\d-01 to 2019-0\d-\d\d/.test(title), title);
    const firstPeriod = await page.evaluate(async () =>
      (await (await fetch('/api/aggregate?dyad=IRQ,USA&both=1&by=month')).json()).periods[0].period);
    check('the brush from the left edge takes the first period', title.includes(`from ${firstPeriod}-01`), title);
    const rows = await page.$$('#events tbody tr[data-id]');
    check('the brushed range has events', rows.length > 0);
    const dates = await page.$$eval('#events tbody tr[data-id] td:first-child', (cells) => cells.map((c) => c.textContent));
    const [, from, to] = title.match(/from (\S+) to (\S+)/);
    check('the listed events lie in the range', dates.every((d) => d >= from && d <= to), `${dates} not in ${from}..${to}`);

    // Open an event whose sentence has a source and a target.
    let opened = false;
    for (const row of rows) {
      const cells = await row.$$eval('td', (tds) => tds.map((td) => td.textContent));
      if (cells[1] === '—' || cells[3] === '—') continue;
      await row.click();
      opened = true;
      break;
    }
    check('an event with two actors to open', opened);
    await page.waitForSelector('#event-sentence mark.trigger');
    const marks = await page.$$eval('#event-sentence mark', (ms) => ms.map((m) => [m.className, m.textContent]));
    const kinds = marks.map(([kind]) => kind);
    check('the sentence highlights source, trigger and target',
      ['source', 'trigger', 'target'].every((k) => kinds.includes(k)), JSON.stringify(marks));
    const sentence = await page.textContent('#event-sentence');
    check('the highlights are words of the sentence', marks.every(([, text]) => text.length > 0 && sentence.includes(text)));
    const facts = await page.textContent('#event-facts');
    check('the code is explained in words', /CAMEO \d+: .*QuadClass \d.*Goldstein/.test(facts), facts);
    check('the article is attached', (await page.textContent('#article-text')).includes(sentence));
    check('the article sentence is marked', (await page.textContent('#article-text mark.current')) === sentence);
    await page.waitForSelector('#map path.land', { state: 'attached' });
    check('the map is drawn', (await page.$$('#map path.land')).length > 100);

    fs.mkdirSync(artifacts, { recursive: true });
    const shot = path.join(artifacts, 'page.png');
    await page.screenshot({ path: shot, fullPage: true });
    check('a screenshot is saved', fs.statSync(shot).size > 10000);
    check('the page made no request elsewhere', foreign.length === 0, foreign.join(' '));
    check('no script errors on the page', errors.length === 0, errors.join(' | '));
    console.log(`screenshot: ${shot}`);
  } finally {
    await context.close();
    server.kill('SIGTERM');
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().then(
  () => {
    console.log(`${passed} passed, ${failed} failed`);
    process.exit(failed ? 1 : 0);
  },
  (error) => {
    console.error(error);
    console.log(`${passed} passed, ${failed + 1} failed`);
    process.exit(1);
  });
