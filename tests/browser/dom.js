// Prints the DOM of a dxaudit report once it has rendered its worklist (<body
// data-ready>), in a fresh headless Chromium: what --dump-dom gives, without its virtual
// time.
//
//   node tests/browser/dom.js REPORT.html
'use strict';
const path = require('path');
const { run, reportReady } = require('../../tools/cdp_pipe');

run('dom', async (browser) => {
  const page = await browser.open();
  await page.navigate('file://' + path.resolve(process.argv[2]));
  await reportReady(page);
  return page.evaluate('document.documentElement.outerHTML');
});
