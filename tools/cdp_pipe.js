// A minimal DevTools-protocol client for headless Chromium over --remote-debugging-pipe
// (file descriptors 3 and 4, messages separated by NUL): what tools/bench/render.js and
// tests/browser/click.js drive the browser with, so that neither needs anything from npm.
//
//   const { run } = require('./cdp_pipe');
//   run('name', async (browser) => {                   // a fresh browser and profile
//     const page = await browser.open();               // a tab: page.send(method, params)
//     await page.navigate('file:///tmp/report.html');  // resolves on the load event
//     return await page.evaluate('document.title');    // printed; the browser then closes
//   });
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

function launch(profile, extraArgs) {
  const chrome = spawn('chromium', ['--headless', '--no-sandbox', '--disable-gpu',
    '--disable-background-networking', '--remote-debugging-pipe', '--user-data-dir=' + profile,
    ...(extraArgs || []), 'about:blank'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] });
  let nextId = 0;
  const pending = new Map();
  const waiters = [];
  let buffer = '';
  chrome.stdio[4].on('data', (chunk) => {
    buffer += chunk.toString('utf8');
    let end;
    while ((end = buffer.indexOf('\0')) >= 0) {
      const message = JSON.parse(buffer.slice(0, end));
      buffer = buffer.slice(end + 1);
      if (message.id && pending.has(message.id)) {
        pending.get(message.id)(message);
        pending.delete(message.id);
      } else if (message.method) {
        for (let i = waiters.length - 1; i >= 0; i--)
          if (waiters[i].method === message.method &&
              (!waiters[i].test || waiters[i].test(message.params)))
            waiters.splice(i, 1)[0].resolve(message.params);
      }
    }
  });
  // Sends a command; resolves with its result, rejects with its error.
  function send(method, params, sessionId) {
    return new Promise((resolve, reject) => {
      const message = { id: ++nextId, method, params: params || {} };
      if (sessionId) message.sessionId = sessionId;
      pending.set(message.id, (reply) => reply.error
        ? reject(new Error(method + ': ' + reply.error.message)) : resolve(reply.result));
      chrome.stdio[3].write(JSON.stringify(message) + '\0');
    });
  }
  // Resolves with the params of the next event `method` (for which `test` holds).
  function event(method, test) {
    return new Promise((resolve) => waiters.push({ method, test, resolve }));
  }
  return {
    send,
    event,
    async open() {
      const target = await send('Target.createTarget', { url: 'about:blank' });
      const { sessionId } = await send('Target.attachToTarget',
        { targetId: target.targetId, flatten: true });
      await send('Page.enable', {}, sessionId);
      await send('Runtime.enable', {}, sessionId);
      const page = {
        send: (method, params) => send(method, params, sessionId),
        async navigate(url) {
          const loaded = event('Page.loadEventFired');
          await page.send('Page.navigate', { url });
          await loaded;
        },
        // The value of a JavaScript expression (awaited when it is a promise).
        async evaluate(expression) {
          const r = await page.send('Runtime.evaluate',
            { expression, awaitPromise: true, returnByValue: true });
          if (r.exceptionDetails) throw new Error(expression + ': ' + r.exceptionDetails.text +
            ' ' + (r.exceptionDetails.exception ? r.exceptionDetails.exception.description : ''));
          return r.result.value;
        },
      };
      return page;
    },
    close() {
      return new Promise((resolve) => {
        chrome.on('exit', resolve);
        chrome.kill();
      });
    },
  };
}

// Runs `main(browser)` in a fresh headless Chromium with a temporary profile, prints what
// it resolves with (exit 0) or "NAME: what went wrong" (exit 1, also after 120 s), then
// closes the browser and removes the profile.
function run(name, main, extraArgs) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'dxaudit-' + name + '-'));
  const browser = launch(profile, extraArgs);
  async function finish(code, text) {
    process.stdout.write(text + '\n');
    await browser.close();
    try { fs.rmSync(profile, { recursive: true, force: true }); } catch (e) { /* left in /tmp */ }
    process.exit(code);
  }
  setTimeout(() => finish(1, name + ': timed out after 120 s'), 120000);
  main(browser).then((text) => finish(0, text), (e) => finish(1, name + ': ' + e.message));
}

// Resolves once the dxaudit report in `page` has rendered its worklist (<body
// data-ready="MS">), with MS; rejects when the page could not read its data.
function reportReady(page) {
  return page.evaluate(`new Promise((resolve, reject) => {
    (function check() {
      const v = document.body && document.body.getAttribute('data-ready');
      if (v === 'error') reject(new Error('the report could not read its data'));
      else if (v) resolve(v); else setTimeout(check, 5);
    })();
  })`);
}

module.exports = { launch, run, reportReady };
