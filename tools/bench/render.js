// Opens an HTML file in headless Chromium and prints how long the page took to be ready:
// the dxaudit report sets <body data-ready="MS"> (performance.now(), milliseconds since
// navigation started) once it has decompressed its data and rendered the worklist.
// Speaks the DevTools protocol over --remote-debugging-pipe (file descriptors 3 and 4),
// so it needs nothing from npm.
//
//   node tools/bench/render.js build/bench/report/report.html
//   -> {"ready_ms":812,"wall_ms":905}
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const file = path.resolve(process.argv[2]);
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'dxaudit-render-'));
const chrome = spawn('chromium', ['--headless', '--no-sandbox', '--disable-gpu',
  '--disable-background-networking', '--remote-debugging-pipe', '--user-data-dir=' + profile,
  'about:blank'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] });
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
        if (waiters[i].method === message.method) waiters.splice(i, 1)[0].resolve(message);
    }
  }
});
function send(method, params, sessionId) {
  return new Promise((resolve) => {
    const message = { id: ++nextId, method, params: params || {} };
    if (sessionId) message.sessionId = sessionId;
    pending.set(message.id, resolve);
    chrome.stdio[3].write(JSON.stringify(message) + '\0');
  });
}
function event(method) {
  return new Promise((resolve) => waiters.push({ method, resolve }));
}
function finish(code, text) {
  if (text) process.stdout.write(text + '\n');
  chrome.on('exit', () => {
    try { fs.rmSync(profile, { recursive: true, force: true }); } catch (e) { /* left in /tmp */ }
    process.exit(code);
  });
  chrome.kill();
}
setTimeout(() => finish(1, JSON.stringify({ error: 'timed out after 120 s' })), 120000);

(async () => {
  const target = await send('Target.createTarget', { url: 'about:blank' });
  const attached = await send('Target.attachToTarget',
    { targetId: target.result.targetId, flatten: true });
  const session = attached.result.sessionId;
  await send('Page.enable', {}, session);
  const loaded = event('Page.loadEventFired');
  const start = Date.now();
  await send('Page.navigate', { url: 'file://' + file }, session);
  await loaded;
  const ready = await send('Runtime.evaluate', {
    expression: `new Promise((resolve) => {
      (function check() {
        const v = document.body && document.body.getAttribute('data-ready');
        if (v) resolve(v); else setTimeout(check, 5);
      })();
    })`,
    awaitPromise: true, returnByValue: true,
  }, session);
  const wall = Date.now() - start;
  const value = ready.result && ready.result.result ? ready.result.result.value : 'error';
  if (value === 'error') finish(1, JSON.stringify({ error: 'the page could not read its data' }));
  finish(0, JSON.stringify({ ready_ms: Number(value), wall_ms: wall }));
})();
