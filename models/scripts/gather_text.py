#!/usr/bin/env python3
"""Gathers plain news text from ../shared/data into one file (one paragraph per line) for word clustering.

Usage: python3 models/scripts/gather_text.py ../shared/data OUT.txt
Reads: PolNeAR article texts, ECB+ documents (token elements), BASIL article JSON, TempEval-3 TimeML
documents, the scrapinghub ground-truth bodies, the paragraphs of English pages of the extraction benchmarks and the words of CoNLL-2003 eng.train (never eng.testa).
The output is third-party text: keep it outside the repository.
"""
import glob, gzip, json, os, re, sys, html

root, out = sys.argv[1], sys.argv[2]
n = 0
with open(out, "w", encoding="utf-8") as o:
    def emit(text):
        global n
        for line in text.splitlines():
            line = line.strip()
            if len(line) > 20:
                o.write(line + "\n"); n += len(line.split())
    for f in glob.glob(os.path.join(root, "quotes/polnear/*/text/*.txt")):
        emit(open(f, encoding="utf-8", errors="replace").read())
    for f in glob.glob(os.path.join(root, "clustering/ecbplus/ECB+/*/*.xml")):
        x = open(f, encoding="utf-8", errors="replace").read()
        sents = {}
        for m in re.finditer(r'<token[^>]*sentence="(\d+)"[^>]*>([^<]*)</token>', x):
            sents.setdefault(int(m.group(1)), []).append(html.unescape(m.group(2)))
        emit("\n".join(" ".join(v) for _, v in sorted(sents.items())))
    for f in glob.glob(os.path.join(root, "framing/basil/articles/*/*.json")):
        try:
            j = json.load(open(f, encoding="utf-8"))
        except Exception:
            continue
        body = j.get("body-paragraphs") or []
        emit("\n".join(" ".join(p) if isinstance(p, list) else str(p) for p in body))
        if j.get("title"): emit(j["title"])
    for f in glob.glob(os.path.join(root, "temporal/tempeval3/**/*.tml"), recursive=True):
        if os.path.basename(f).startswith("._"): continue
        x = open(f, encoding="utf-8", errors="replace").read()
        m = re.search(r"<TEXT>(.*)</TEXT>", x, re.S)
        if m: emit(html.unescape(re.sub(r"<[^>]+>", "", m.group(1))))
    gt = os.path.join(root, "extraction/scrapinghub-dev/ground-truth.json")
    if os.path.exists(gt):
        for v in json.load(open(gt, encoding="utf-8")).values():
            emit(v.get("articleBody") or "")
    # Web pages (extraction benchmarks): visible paragraph text of pages that read as English.
    common = {"the", "and", "of", "to", "in", "is", "that", "for", "a", "was", "with"}
    pages = glob.glob(os.path.join(root, "extraction/trafilatura-eval/**/*.html"), recursive=True)
    pages += glob.glob(os.path.join(root, "extraction/scrapinghub-dev/html/*.html.gz"))
    for f in pages:
        raw = gzip.open(f).read() if f.endswith(".gz") else open(f, "rb").read()
        x = raw.decode("utf-8", errors="replace")
        x = re.sub(r"(?is)<(script|style|noscript)[^>]*>.*?</\1>", " ", x)
        paras = [html.unescape(re.sub(r"<[^>]+>", " ", m)) for m in re.findall(r"(?is)<p[^>]*>(.*?)</p>", x)]
        paras = [re.sub(r"\s+", " ", p).strip() for p in paras]
        ws = " ".join(paras).lower().split()
        if len(ws) < 50 or sum(w in common for w in ws) < 0.08 * len(ws):
            continue
        emit("\n".join(p for p in paras if len(p.split()) >= 6))
    words = []
    for line in open(os.path.join(root, "ner/conll2003/eng.train"), encoding="utf-8"):
        line = line.strip()
        if not line:
            if words: o.write(" ".join(words) + "\n"); n += len(words); words = []
        elif not line.startswith("-DOCSTART-"):
            words.append(line.split(" ")[0])
print(f"{n} words -> {out}", file=sys.stderr)
