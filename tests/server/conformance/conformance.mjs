// Drives the official openai Node client against a running runlens-server.
// RUNLENS_BASE_URL=http://127.0.0.1:PORT/v1 node conformance.mjs   (exits non-zero on failure)
import assert from 'node:assert/strict';
import { test } from 'node:test';
import OpenAI from 'openai';

const baseURL = process.env.RUNLENS_BASE_URL;
assert.ok(baseURL, 'RUNLENS_BASE_URL must be set');
const client = new OpenAI({ baseURL, apiKey: 'sk-runlens-local', maxRetries: 0 });

const RUN_FIELDS = ['id', 'object', 'created_at', 'thread_id', 'assistant_id', 'status', 'required_action',
  'last_error', 'expires_at', 'started_at', 'cancelled_at', 'failed_at', 'completed_at', 'incomplete_details',
  'model', 'instructions', 'tools', 'metadata', 'usage', 'temperature', 'top_p', 'max_prompt_tokens',
  'max_completion_tokens', 'truncation_strategy', 'tool_choice', 'parallel_tool_calls', 'response_format'];

function assertRun(run) {
  assert.equal(run.object, 'thread.run');
  for (const f of RUN_FIELDS) assert.ok(f in run, `run lacks ${f}`);
  assert.equal(Object.keys(run).length, 27);
}

async function collect(stream) {
  const events = [];
  for await (const ev of stream) {
    assert.equal(typeof ev.event, 'string');
    assert.equal(typeof ev.data, 'object');
    events.push(ev);
  }
  return events;
}

const TERMINAL = new Set(['completed', 'failed', 'cancelled', 'expired', 'incomplete']);

test('createAndRun streamed: spec event order, text accumulates', async () => {
  const stream = await client.beta.threads.createAndRun({
    assistant_id: 'asst_runlens_echo',
    thread: { messages: [{ role: 'user', content: 'Hello from the official client' }] },
    stream: true,
  });
  const events = await collect(stream);
  const names = events.map((e) => e.event);
  assert.deepEqual(names.slice(0, 8), ['thread.created', 'thread.run.created', 'thread.run.queued',
    'thread.run.in_progress', 'thread.run.step.created', 'thread.run.step.in_progress',
    'thread.message.created', 'thread.message.in_progress']);
  assert.deepEqual(names.slice(-3), ['thread.message.completed', 'thread.run.step.completed', 'thread.run.completed']);
  const text = events.filter((e) => e.event === 'thread.message.delta')
    .map((e) => e.data.delta.content[0].text.value).join('');
  const completed = events.find((e) => e.event === 'thread.message.completed').data;
  assert.equal(completed.content[0].text.value, text);
  const run = events.at(-1).data;
  assertRun(run);
  assert.equal(run.status, 'completed');
  assert.ok(run.usage.completion_tokens > 0);
});

test('createAndRunStream helper: final run and messages', async () => {
  const stream = client.beta.threads.createAndRunStream({
    assistant_id: 'asst_runlens_echo',
    thread: { messages: [{ role: 'user', content: 'Stream helper check' }] },
  });
  let deltas = '';
  stream.on('textDelta', (d) => { deltas += d.value; });
  const run = await stream.finalRun();
  assert.equal(run.status, 'completed');
  const messages = await stream.finalMessages();
  assert.equal(messages.length, 1);
  assert.equal(messages[0].content[0].text.value, deltas);
});

test('createAndRun polled: queued, then terminal via runs.retrieve', async () => {
  const created = await client.beta.threads.createAndRun({
    assistant_id: 'asst_runlens_echo',
    thread: { messages: [{ role: 'user', content: 'Poll me please' }] },
  });
  assertRun(created);
  assert.equal(created.status, 'queued');
  let run = created;
  for (let i = 0; i < 200 && !TERMINAL.has(run.status); ++i) {
    await new Promise((r) => setTimeout(r, 20));
    run = await client.beta.threads.runs.retrieve(run.id, { thread_id: run.thread_id });
  }
  assertRun(run);
  assert.equal(run.status, 'completed');
  const page = await client.beta.threads.messages.list(run.thread_id, { order: 'asc' });
  assert.equal(page.data.length, 2);
  assert.equal(page.data[1].role, 'assistant');
  const byRun = await client.beta.threads.messages.list(run.thread_id, { run_id: run.id });
  assert.equal(byRun.data.length, 1);
  const steps = await client.beta.threads.runs.steps.list(run.id, { thread_id: run.thread_id });
  assert.equal(steps.data.length, 1);
  assert.equal(steps.data[0].type, 'message_creation');
  assert.equal(steps.data[0].status, 'completed');
});

test('function tool: requires_action, then streamed submitToolOutputs', async () => {
  const stream = await client.beta.threads.createAndRun({
    assistant_id: 'asst_runlens_weather',
    thread: { messages: [{ role: 'user', content: 'What is the weather in Lisbon today?' }] },
    stream: true,
  });
  const events = await collect(stream);
  const last = events.at(-1);
  assert.equal(last.event, 'thread.run.requires_action');
  const run = last.data;
  assertRun(run);
  const calls = run.required_action.submit_tool_outputs.tool_calls;
  assert.equal(calls.length, 1);
  assert.equal(calls[0].function.name, 'get_weather');
  assert.deepEqual(JSON.parse(calls[0].function.arguments), { city: 'Lisbon', unit: 'celsius' });

  const after = await client.beta.threads.runs.submitToolOutputs(run.id, {
    thread_id: run.thread_id,
    tool_outputs: [{ tool_call_id: calls[0].id, output: '{"temperature":21}' }],
    stream: true,
  });
  const events2 = await collect(after);
  const names = events2.map((e) => e.event);
  assert.deepEqual(names.slice(0, 3), ['thread.run.step.completed', 'thread.run.queued', 'thread.run.in_progress']);
  assert.equal(events2[0].data.step_details.tool_calls[0].function.output, '{"temperature":21}');
  assert.equal(names.at(-1), 'thread.run.completed');
  const message = events2.find((e) => e.event === 'thread.message.completed').data;
  assert.match(message.content[0].text.value, /temperature/);
});

test('runs.cancel: cancelling then cancelled', async () => {
  const run = await client.beta.threads.createAndRun({
    assistant_id: 'asst_runlens_echo',
    thread: { messages: [{ role: 'user', content: 'Cancel me' }] },
    metadata: { runlens_scenario: 'slow' },
  });
  const cancelling = await client.beta.threads.runs.cancel(run.id, { thread_id: run.thread_id });
  assertRun(cancelling);
  assert.equal(cancelling.status, 'cancelling');
  let current = cancelling;
  for (let i = 0; i < 200 && !TERMINAL.has(current.status); ++i) {
    await new Promise((r) => setTimeout(r, 20));
    current = await client.beta.threads.runs.retrieve(run.id, { thread_id: run.thread_id });
  }
  assert.equal(current.status, 'cancelled');
  assert.ok(current.cancelled_at >= current.created_at);
});

test('errors: 404 with the API wording, error event raises APIError', async () => {
  await assert.rejects(
    client.beta.threads.runs.retrieve('run_missing', { thread_id: 'thread_missing' }),
    (err) => err instanceof OpenAI.NotFoundError && /No thread found with id 'thread_missing'/.test(err.message),
  );
  await assert.rejects(
    client.beta.threads.createAndRun({ assistant_id: 'asst_runlens_echo', temperature: 5 }),
    (err) => err instanceof OpenAI.BadRequestError && err.param === 'temperature',
  );
  const stream = await client.beta.threads.createAndRun({
    assistant_id: 'asst_runlens_echo',
    thread: { messages: [{ role: 'user', content: 'one two three four five six' }] },
    metadata: { runlens_scenario: 'error_event' },
    stream: true,
  });
  await assert.rejects(collect(stream), (err) => err instanceof OpenAI.APIError);
});
