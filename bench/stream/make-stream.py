#!/usr/bin/env python3
"""Writes a reproducible Assistants event stream for the benchmarks.

make-stream.py OUT.sse [deltas=200000] [--text OUT.txt]

One run, one assistant message built from N `thread.message.delta` events of 1-4 words each,
drawn with a fixed seed from a word list that holds non-ASCII letters, quotes, backslashes and
newlines; framed like the real API (thread.created, run queued / in_progress, step and message
created, the deltas, message and step completed with the whole text, run completed, [DONE]).
200,000 deltas make about 38 MB. --text writes the message's text, to compare with what a
client printed.
"""
import json
import random
import sys

WORDS = ["the", "quick", "brown", "fox", "jumps", "over", "lazy", "dog", "café", "naïve", "Größe",
         "日本語", "emoji 😀", "\"quoted\"", "back\\slash", "tab\there", "line\n", "para\n\n", "{json}",
         "<html>", "a&b", "100%", "x = y + z;", "über", "señor"]
CREATED = 1710000000


def frame(name, data):
    return "event: %s\ndata: %s\n\n" % (name, json.dumps(data, ensure_ascii=False, separators=(",", ":")))


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    text_out = None
    if "--text" in sys.argv:
        text_out = sys.argv[sys.argv.index("--text") + 1]
        args = [a for a in args if a != text_out]
    out = args[0]
    count = int(args[1]) if len(args) > 1 else 200000
    rng = random.Random(20261202)
    ids = {"thread_id": "thread_bench", "run_id": "run_bench", "assistant_id": "asst_bench"}
    run = {"id": "run_bench", "object": "thread.run", "created_at": CREATED, "assistant_id": "asst_bench",
           "thread_id": "thread_bench", "status": "queued", "model": "bench-model", "instructions": "",
           "tools": [], "metadata": {}, "temperature": 1.0, "top_p": 1.0, "tool_resources": {},
           "truncation_strategy": {"type": "auto", "last_messages": None}, "parallel_tool_calls": True,
           "response_format": "auto", "tool_choice": "auto", "usage": None}
    message = {"id": "msg_bench", "object": "thread.message", "created_at": CREATED, "status": "in_progress",
               "role": "assistant", "content": [], "attachments": [], "metadata": {}, **ids}
    step = {"id": "step_bench", "object": "thread.run.step", "created_at": CREATED, "type": "message_creation",
            "status": "in_progress", "step_details": {"type": "message_creation",
                                                     "message_creation": {"message_id": "msg_bench"}}, **ids}
    pieces = []
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(frame("thread.created", {"id": "thread_bench", "object": "thread", "created_at": CREATED,
                                         "metadata": {}, "tool_resources": {}}))
        f.write(frame("thread.run.created", run))
        f.write(frame("thread.run.queued", run))
        f.write(frame("thread.run.in_progress", {**run, "status": "in_progress", "started_at": CREATED}))
        f.write(frame("thread.run.step.created", step))
        f.write(frame("thread.run.step.in_progress", step))
        f.write(frame("thread.message.created", message))
        f.write(frame("thread.message.in_progress", message))
        for i in range(count):
            piece = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 4))) + " "
            pieces.append(piece)
            delta = {"id": "msg_bench", "object": "thread.message.delta",
                     "delta": {"content": [{"index": 0, "type": "text", "text": {"value": piece}}]}}
            if i == 0:
                delta["delta"]["content"][0]["text"]["annotations"] = []
            f.write(frame("thread.message.delta", delta))
        text = "".join(pieces)
        done = {**message, "status": "completed", "completed_at": CREATED + 1,
                "content": [{"type": "text", "text": {"value": text, "annotations": []}}]}
        f.write(frame("thread.message.completed", done))
        f.write(frame("thread.run.step.completed", {**step, "status": "completed", "completed_at": CREATED + 1}))
        f.write(frame("thread.run.completed", {**run, "status": "completed", "started_at": CREATED,
                                               "completed_at": CREATED + 1}))
        f.write("event: done\ndata: [DONE]\n\n")
    if text_out:
        with open(text_out, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)


if __name__ == "__main__":
    main()
