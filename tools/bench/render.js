// Opens an HTML file in headless Chromium and prints how long the page took to be ready:
// the dxaudit report sets <body data-ready="MS"> (performance.now(), milliseconds since
// navigation started) once it has decompressed its data and rendered the worklist.
//
//   node tools/bench/render.js build/bench/report/report.html
//   -> {"ready_ms":812,"wall_ms":905}
'use strict';
const path = require('path');
const { run, reportReady } = require('../cdp_pipe');

run('render', async (browser) => {
  const page = await browser.open();
  const start = Date.now();
  await page.navigate('file://' + path.resolve(process.argv[2]));
  const ready = await reportReady(page);
  return JSON.stringify({ ready_ms: Number(ready), wall_ms: Date.now() - start });
});
