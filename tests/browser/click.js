// Makes review decisions in a dxaudit report the way a person does, in headless Chromium:
// real mouse clicks and typing (DevTools Input events at the elements' places on the
// screen), then the "Export decisions (CSV)" button, whose download is saved.
//
//   node tests/browser/click.js REPORT.html DOWNLOAD_DIR
//
// Decisions: demo-09's M5450_UNSUPPORTED_RADICULAR flag agreed, with a comment; demo-02's
// marked a false positive. Prints {"file": the downloaded CSV, "review": demo-09's row's
// review status after the click}. Exits 1 with a message on any failure.
'use strict';
const fs = require('fs');
const path = require('path');
const { run, reportReady } = require('../../tools/cdp_pipe');

const report = path.resolve(process.argv[2]);
const downloads = path.resolve(process.argv[3]);

run('click.js', async (browser) => {
  const page = await browser.open();
  await browser.send('Browser.setDownloadBehavior',
    { behavior: 'allow', downloadPath: downloads, eventsEnabled: true });
  await page.navigate('file://' + report);
  await reportReady(page);
  // A left click in the middle of the element `selector` (scrolled into view first).
  async function click(selector) {
    const box = await page.evaluate(`(() => {
      const e = document.querySelector(${JSON.stringify(selector)});
      if (!e) return null;
      e.scrollIntoView({ block: 'center' });
      const r = e.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    })()`);
    if (!box) throw new Error('nothing on the page matches ' + selector);
    for (const type of ['mouseMoved', 'mousePressed', 'mouseReleased'])
      await page.send('Input.dispatchMouseEvent',
        { type, x: box.x, y: box.y, button: 'left', clickCount: type === 'mouseMoved' ? 0 : 1 });
  }
  async function type(selector, text) {
    await click(selector);
    await page.send('Input.insertText', { text });
  }
  const row = (note) =>
    `tr.wl-row[data-note="${note}"][data-rule="M5450_UNSUPPORTED_RADICULAR"]`;
  async function decide(note, decision, comment) {
    await click(row(note) + ' td:nth-child(6)');  // the rule's title
    const flag = await page.evaluate(`document.querySelector('${row(note)}').dataset.flag`);
    if (!(await page.evaluate(`!!document.querySelector('#flag-${flag}.focus')`)))
      throw new Error('clicking the row of ' + note + ' did not open its flag');
    if (comment) await type(`input.comment[data-flag="${flag}"]`, comment);
    await click(`input[name="dec-${flag}"][value="${decision}"]`);
  }
  await type('#reviewer', 'ana');
  await decide('demo-09', 'agree', 'numb foot, L5');
  await decide('demo-02', 'false_positive', '=no radicular sign');
  const review = await page.evaluate(`document.querySelector('${row('demo-09')}').dataset.review`);
  const done = browser.event('Browser.downloadProgress', (p) => p.state !== 'inProgress');
  await click('#export-decisions');
  const progress = await done;
  if (progress.state !== 'completed') throw new Error('the download ' + progress.state);
  const file = fs.readdirSync(downloads).map((f) => path.join(downloads, f))
    .find((f) => f.endsWith('.csv'));
  if (!file) throw new Error('no CSV in ' + downloads);
  return JSON.stringify({ file, review });
}, ['--window-size=1280,900']);
