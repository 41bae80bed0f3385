#!/usr/bin/env python3
"""Writes real texts in the character sets news still comes in, to try Folio's decoding on:
the Russian texts of factRuEval-2016 as undeclared windows-1251 and KOI8-R, as windows-1251 RSS feeds
with an XML declaration, and as windows-1251 pages under a lying utf-8 <meta charset>; and readability's
test pages with Latin accents as windows-1252, with and without an ISO-8859-1 declaration.

    python3 .tools/make-encoded-samples.py ../shared/data OUT
    folio --workspace OUT/ws --json OUT/files OUT/latin -c "sources --warnings"
"""
import html, json, os, re, sys

data, out = sys.argv[1], sys.argv[2]
os.makedirs(f"{out}/files", exist_ok=True)
os.makedirs(f"{out}/latin", exist_ok=True)
for i, line in enumerate(open(f"{data}/factru-dev.jsonl", encoding="utf-8")):
    if i == 60:
        break
    body = json.loads(line)["body"]
    title = body.split("\n")[0][:80] or "x"
    for encoding in ["cp1251", "koi8_r"]:
        open(f"{out}/files/ru-{i}-{encoding}-undeclared.txt", "wb").write(body.encode(encoding, errors="replace"))
    item = f"<item><title>{html.escape(title)}</title><description>{html.escape(body)}</description></item>"
    feed = f'<?xml version="1.0" encoding="windows-1251"?><rss version="2.0"><channel><title>Лента</title>{item}</channel></rss>'
    open(f"{out}/files/ru-{i}-feed-cp1251.xml", "wb").write(feed.encode("cp1251", errors="replace"))
    page = f'<html><head><meta charset="utf-8"><title>{html.escape(title)}</title></head><body><article><p>{html.escape(body)}</p></article></body></html>'
    open(f"{out}/files/ru-{i}-lying-utf8.html", "wb").write(page.encode("cp1251", errors="replace"))
pages = f"{data}/readability"
for name in sorted(os.listdir(pages)):
    path = f"{pages}/{name}/source.html"
    if not os.path.exists(path):
        continue
    text = open(path, encoding="utf-8").read()
    if not re.search(r"[àâçéèêëîïôûùüÿñæœäöüßáíóú]", text):
        continue
    text = re.sub(r"<meta[^>]*charset[^>]*>", "", text, flags=re.I)
    try:
        undeclared = text.encode("cp1252")
    except UnicodeEncodeError:
        continue
    open(f"{out}/latin/{name}-undeclared.html", "wb").write(undeclared)
    declared = re.sub(r"<head([^>]*)>", r'<head\1><meta charset="iso-8859-1">', text, count=1, flags=re.I)
    open(f"{out}/latin/{name}-declared.html", "wb").write(declared.encode("cp1252"))
