// Drives the official openai Node client against runlens-server --upstream (a scripted fake
// Chat Completions server): streamed and polled runs, tool outputs, cancel, continuing a thread.
// RUNLENS_BASE_URL=http://127.0.0.1:PORT/v1 node --test bridge.mjs
import assert from 'node:assert/strict';
import { test } from 'node:test';
import OpenAI from 'openai';

const baseURL = process.env.RUNLENS_BASE_URL;
assert.ok(baseURL, 'RUNLENS_BASE_URL must be set');
const client = new OpenAI({ baseURL, apiKey: 'sk-runlens-local', maxRetries: 0 });
const TERMINAL = new Set(['completed', 'failed', 'cancelled', 'expired', 'incomplete']);

async function waitFor(run) {
  let current = run;
  for (let i = 0; i < 300 && !TERMINAL.has(current.status) && current.status !== 'requires_action'; ++i) {
    await new Promise((r) => setTimeout(r, 20));
    current = await client.beta.threads.runs.retrieve(current.id, { thread_id: current.thread_id });
  }
  return current;
}

test('streamed run on the upstream model: text deltas, usage, done', async () => {
  const stream = client.beta.threads.createAndRunStream({
    assistant_id: 'asst_runlens_echo',
    thread: { messages: [{ role: 'user', content: 'hello from node' }] },
  });
  let deltas = '';
  stream.on('textDelta', (d) => { deltas += d.value; });
  const run = await stream.finalRun();
  assert.equal(run.status, 'completed');
  assert.equal(run.model, 'fake-model-1');
  assert.equal(deltas, 'You said: hello from node');
  assert.equal(run.usage.prompt_tokens, 11);
  const messages = await stream.finalMessages();
  assert.equal(messages[0].content[0].text.value, deltas);
});

test('polled run, then the thread continued with a second run', async () => {
  const created = await client.beta.threads.createAndRun({
    assistant_id: 'asst_runlens_echo',
    thread: { messages: [{ role: 'user', content: 'first' }] },
  });
  const run = await waitFor(created);
  assert.equal(run.status, 'completed');
  await client.beta.threads.messages.create(run.thread_id, { role: 'user', content: 'second' });
  const stream = client.beta.threads.runs.stream(run.thread_id, { assistant_id: 'asst_runlens_echo' });
  const second = await stream.finalRun();
  assert.equal(second.status, 'completed');
  const page = await client.beta.threads.messages.list(run.thread_id, { order: 'asc' });
  assert.deepEqual(page.data.map((m) => m.role), ['user', 'assistant', 'user', 'assistant']);
  assert.equal(page.data[3].content[0].text.value, 'You said: second');
});

test('tool call streamed as step deltas, outputs submitted, the run continues', async () => {
  const stream = client.beta.threads.createAndRunStream({
    assistant_id: 'asst_runlens_weather',
    thread: { messages: [{ role: 'user', content: '[tool get_weather {"city":"Lisbon","unit":"celsius"}]' }] },
  });
  let argumentText = '';
  stream.on('toolCallDelta', (delta) => { argumentText += delta.function?.arguments ?? ''; });
  const run = await stream.finalRun();
  assert.equal(run.status, 'requires_action');
  const calls = run.required_action.submit_tool_outputs.tool_calls;
  assert.equal(calls.length, 1);
  assert.equal(calls[0].function.name, 'get_weather');
  assert.deepEqual(JSON.parse(calls[0].function.arguments), { city: 'Lisbon', unit: 'celsius' });
  assert.equal(argumentText, calls[0].function.arguments);

  const after = client.beta.threads.runs.submitToolOutputsStream(run.id, {
    thread_id: run.thread_id,
    tool_outputs: [{ tool_call_id: calls[0].id, output: '21 degrees' }],
  });
  const done = await after.finalRun();
  assert.equal(done.status, 'completed');
  const messages = await after.finalMessages();
  assert.equal(messages.at(-1).content[0].text.value, 'The tool said: 21 degrees');
});

test('cancel closes the model request; the run ends cancelled', async () => {
  const created = await client.beta.threads.createAndRun({
    assistant_id: 'asst_runlens_echo',
    thread: { messages: [{ role: 'user', content: '[slow]' }] },
  });
  await new Promise((r) => setTimeout(r, 300));
  await client.beta.threads.runs.cancel(created.id, { thread_id: created.thread_id });
  const run = await waitFor(created);
  assert.equal(run.status, 'cancelled');
});

test('an upstream error fails the run with its words; tools a chat model cannot run are refused', async () => {
  const created = await client.beta.threads.createAndRun({
    assistant_id: 'asst_runlens_echo',
    thread: { messages: [{ role: 'user', content: '[status 429]' }] },
  });
  const run = await waitFor(created);
  assert.equal(run.status, 'failed');
  assert.equal(run.last_error.code, 'rate_limit_exceeded');
  await assert.rejects(
    client.beta.threads.createAndRun({ assistant_id: 'asst_runlens_echo', tools: [{ type: 'code_interpreter' }] }),
    (err) => err instanceof OpenAI.BadRequestError && err.param === 'tools[0]',
  );
  const models = await client.models.list();
  assert.deepEqual(models.data.map((m) => m.id), ['fake-model-1', 'fake-model-2']);
});
