// The reference for the stream benchmarks: the official `openai` npm client on the same input.
//
// node official.mjs decode FILE.sse
//     Decodes the file with the client's own SSE decoder (Stream.fromSSEResponse), accumulating
//     the message text as a client must; prints MiB/s and events/s.
// node official.mjs run BASE_URL OUT.txt
//     client.beta.threads.createAndRunStream() against BASE_URL; writes the assistant's final
//     text to OUT.txt. Wall time and memory are measured from outside.
import OpenAI from 'openai';
import { Stream } from 'openai/streaming';
import { readFileSync, statSync, writeFileSync } from 'node:fs';

const [mode, a, b] = process.argv.slice(2);

if (mode === 'decode') {
  const bytes = readFileSync(a);
  const started = process.hrtime.bigint();
  // One 64 KB chunk at a time, as the network would hand them over.
  const body = new ReadableStream({
    start(controller) {
      for (let offset = 0; offset < bytes.length; offset += 64 * 1024) {
        controller.enqueue(bytes.subarray(offset, offset + 64 * 1024));
      }
      controller.close();
    },
  });
  const response = new Response(body, { headers: { 'content-type': 'text/event-stream' } });
  const stream = Stream.fromSSEResponse(response, new AbortController());
  let events = 0;
  const text = [];
  for await (const item of stream) {
    ++events;
    if (item.event === 'thread.message.delta') {
      for (const part of item.data.delta.content ?? []) {
        if (part.text?.value) text.push(part.text.value);
      }
    }
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const megabytes = statSync(a).size / (1024 * 1024);
  const chars = text.join('').length;
  console.log(`official openai Stream: ${events} events, ${megabytes.toFixed(1)} MiB in `
    + `${seconds.toFixed(3)} s: ${(megabytes / seconds).toFixed(1)} MiB/s, `
    + `${Math.round(events / seconds)} events/s (${chars} chars of text)`);
} else if (mode === 'run') {
  const client = new OpenAI({ baseURL: a, apiKey: 'sk-bench', maxRetries: 0 });
  const stream = client.beta.threads.createAndRunStream({
    assistant_id: 'asst_bench',
    thread: { messages: [{ role: 'user', content: 'Write a long text.' }] },
  });
  const messages = await stream.finalMessages();
  const text = messages.filter((m) => m.role === 'assistant')
    .map((m) => m.content.map((c) => c.text?.value ?? '').join('')).join('\n\n');
  writeFileSync(b, text);
} else {
  console.error('usage: node official.mjs decode FILE.sse | run BASE_URL OUT.txt');
  process.exit(2);
}
