#!/usr/bin/env python3
"""Keeps the Qt Linguist catalogues (translations/*.ts) in step with the sources.

  ts-tool.py update LUPDATE SRC TS...   run lupdate (-locations none -no-obsolete) and carry each
                                        translation whose source text moved to another context
                                        (a renamed class) over to its new place
  ts-tool.py unfinished TS [OUT.json]   the messages still to translate, as JSON
                                        ([{"context", "source", "comment", "numerus"}])
  ts-tool.py fill TS IN.json            (then update) takes translations from JSON: [{"context", "source",
                                        "translation"}] where "translation" is a string or, for
                                        %n messages, a list of plural forms; marks them finished
  ts-tool.py stats TS...                finished / total per file

Only the Python standard library is used.
"""
import json
import subprocess
import sys
import xml.etree.ElementTree as ET


def load(path):
    return ET.parse(path)


def save(tree, path):
    root = tree.getroot()
    ET.indent(tree, space="    ")
    body = ET.tostring(root, encoding="unicode")
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        f.write(body)
        f.write("\n")


def messages(tree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def key(message):
    return (message.findtext("source") or "", message.findtext("comment") or "")


def is_finished(message):
    t = message.find("translation")
    return t is not None and t.get("type") not in ("unfinished", "vanished", "obsolete")


def translation_of(message):
    t = message.find("translation")
    forms = t.findall("numerusform")
    if forms:
        return [f.text or "" for f in forms]
    return t.text or ""


def set_translation(message, value):
    t = message.find("translation")
    if t is None:
        t = ET.SubElement(message, "translation")
    for child in list(t):
        t.remove(child)
    t.text = None
    if isinstance(value, list):
        for form in value:
            ET.SubElement(t, "numerusform").text = form
    else:
        t.text = value
    if "type" in t.attrib:
        del t.attrib["type"]


def run_lupdate(lupdate, src, ts):
    subprocess.run([lupdate, "-locations", "none", "-no-obsolete", "-extensions", "cpp,h,ui",
                    "app", "ui", "-ts", ts], cwd=src, check=True, stdout=subprocess.DEVNULL)


def cmd_update(lupdate, src, files):
    for ts in files:
        before = {}
        for context, message in messages(load(ts)):
            if is_finished(message):
                before.setdefault(key(message), translation_of(message))
        run_lupdate(lupdate, src, ts)
        tree = load(ts)
        carried = 0
        for context, message in messages(tree):
            if not is_finished(message) and key(message) in before:
                value = before[key(message)]
                numerus = message.get("numerus") == "yes"
                if numerus == isinstance(value, list):
                    set_translation(message, value)
                    carried += 1
        save(tree, ts)
        run_lupdate(lupdate, src, ts)  # back to lupdate's own layout
        left = sum(1 for _, m in messages(tree) if not is_finished(m))
        print(f"{ts}: carried {carried} translations over, {left} to translate")


def cmd_unfinished(ts, out=None):
    items = []
    for context, message in messages(load(ts)):
        if not is_finished(message):
            items.append({"context": context, "source": message.findtext("source"),
                          "comment": message.findtext("comment") or "",
                          "numerus": message.get("numerus") == "yes"})
    text = json.dumps(items, ensure_ascii=False, indent=1)
    if out:
        with open(out, "w", encoding="utf-8") as f:
            f.write(text)
    else:
        print(text)


def cmd_fill(ts, path):
    with open(path, encoding="utf-8") as f:
        items = json.load(f)
    wanted = {}
    for item in items:
        wanted[(item.get("context"), item["source"])] = item["translation"]
        wanted.setdefault((None, item["source"]), item["translation"])
    tree = load(ts)
    filled = 0
    for context, message in messages(tree):
        if is_finished(message):
            continue
        source = message.findtext("source")
        value = wanted.get((context, source), wanted.get((None, source)))
        if value is None:
            continue
        numerus = message.get("numerus") == "yes"
        if numerus and not isinstance(value, list):
            value = [value]
        if not numerus and isinstance(value, list):
            value = value[0]
        set_translation(message, value)
        filled += 1
    save(tree, ts)
    left = sum(1 for _, m in messages(tree) if not is_finished(m))
    print(f"{ts}: filled {filled}, {left} left (run 'update' to restore lupdate's layout)")


def cmd_stats(files):
    for ts in files:
        all_messages = [m for _, m in messages(load(ts))]
        done = sum(1 for m in all_messages if is_finished(m))
        print(f"{ts}: {done} of {len(all_messages)} translated")


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    command, args = argv[1], argv[2:]
    if command == "update" and len(args) >= 3:
        cmd_update(args[0], args[1], args[2:])
    elif command == "unfinished" and len(args) in (1, 2):
        cmd_unfinished(*args)
    elif command == "fill" and len(args) == 2:
        cmd_fill(*args)
    elif command == "stats" and args:
        cmd_stats(args)
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
