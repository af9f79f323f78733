// Serves a saved event stream as an Assistants server would, for the end-to-end benchmarks.
//
// node serve.mjs FILE.sse PORTFILE [--rate DELTAS_PER_SECOND]
//
// POST /v1/threads/runs answers with FILE.sse as text/event-stream, written as fast as the
// client reads it (or, with --rate, one event at a time at that many events per second);
// the GET endpoints a client calls after the stream (the run, its messages, its steps) answer
// with the final objects found in the file. Listens on 127.0.0.1, an ephemeral port, written
// to PORTFILE once listening. Stops on SIGTERM.
import { createServer } from 'node:http';
import { readFileSync, writeFileSync } from 'node:fs';

const [file, portFile] = process.argv.slice(2);
const rateIndex = process.argv.indexOf('--rate');
const rate = rateIndex > 0 ? Number(process.argv[rateIndex + 1]) : 0;
if (!file || !portFile) {
  console.error('usage: node serve.mjs FILE.sse PORTFILE [--rate EVENTS_PER_SECOND]');
  process.exit(2);
}
const body = readFileSync(file);

// The last object of each kind, from the stream itself.
const finals = {};
for (const frame of body.toString('utf8').split('\n\n')) {
  const event = /^event: (.*)$/m.exec(frame)?.[1];
  const data = /^data: (.*)$/m.exec(frame)?.[1];
  if (!event || !data || data === '[DONE]') continue;
  if (event.startsWith('thread.run.step.') && !event.endsWith('.delta')) finals.step = data;
  else if (event.startsWith('thread.run.') && !event.includes('step')) finals.run = data;
  else if (event.startsWith('thread.message.') && !event.endsWith('.delta')) finals.message = data;
}
const list = (item) => {
  const object = item ? JSON.parse(item) : null;
  return JSON.stringify({ object: 'list', data: object ? [object] : [], first_id: object?.id ?? null,
    last_id: object?.id ?? null, has_more: false });
};

function sendJson(res, text) {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function streamAll(res) {
  const chunk = 64 * 1024;
  let offset = 0;
  const pump = () => {
    while (offset < body.length) {
      const piece = body.subarray(offset, offset + chunk);
      offset += piece.length;
      if (!res.write(piece)) {
        res.once('drain', pump);
        return;
      }
    }
    res.end();
  };
  pump();
}

function streamAtRate(res) {
  const events = body.toString('utf8').split('\n\n').filter((f) => f.length > 0).map((f) => f + '\n\n');
  const start = process.hrtime.bigint();
  let sent = 0;
  const tick = () => {
    const due = Math.min(events.length, Math.floor(Number(process.hrtime.bigint() - start) / 1e9 * rate) + 1);
    if (due > sent) {
      res.write(events.slice(sent, due).join(''));
      sent = due;
    }
    if (sent >= events.length) {
      res.end();
      return;
    }
    setTimeout(tick, 2);
  };
  tick();
}

const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    const path = req.url.split('?')[0];
    if (req.method === 'POST' && path === '/v1/threads/runs') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      (rate > 0 ? streamAtRate : streamAll)(res);
    } else if (req.method === 'GET' && /\/messages$/.test(path)) {
      sendJson(res, list(finals.message));
    } else if (req.method === 'GET' && /\/steps$/.test(path)) {
      sendJson(res, list(finals.step));
    } else if (/\/runs\/[^/]+(\/cancel)?$/.test(path)) {
      sendJson(res, finals.run ?? '{}');
    } else {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { message: `No route ${req.method} ${path}`, type: 'invalid_request_error' } }));
    }
  });
});
server.listen(0, '127.0.0.1', () => writeFileSync(portFile, String(server.address().port)));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
