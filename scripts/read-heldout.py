#!/usr/bin/env python3
"""Read a held-out set the way the figures in docs/sensitivity.md are read: every row through `router classify`.

    scripts/read-heldout.py TSV CLI_DIR OUTDIR [-v]

TSV rows are label<TAB>kind<TAB>text (label 1 sensitive, 0 not; a literal \\n is a line break; U+241E separates the
messages of one request). CLI_DIR is a published CLI (`dotnet publish src/Cli -c Release -o CLI_DIR`). Prints recall and
false-positive rate for the set, then per kind and language (zh = the row holds Han text); -v also lists the MISSED and
FALSE+ rows with the entity types found. The request files and the CLI's output are kept in OUTDIR."""
import json, os, re, subprocess, sys
from collections import defaultdict

args = [a for a in sys.argv[1:] if a != '-v']
if len(args) != 3:
    sys.exit(__doc__)
tsv, cli, out = args
if not os.path.isfile(tsv):
    sys.exit(f'no such set: {tsv}')
if not (os.path.exists(os.path.join(cli, 'router')) or os.path.exists(os.path.join(cli, 'router.dll'))):
    sys.exit(f'no published router CLI in {cli} (dotnet publish src/Cli -c Release -o {cli})')
verbose = '-v' in sys.argv
os.makedirs(out, exist_ok=True)
name = os.path.basename(tsv).rsplit('.', 1)[0]
rows = []
for line in open(tsv, encoding='utf-8'):
    line = line.rstrip('\n')
    if not line or line.startswith('#'):
        continue
    parts = line.split('\t', 2)
    if len(parts) < 3 or parts[0] not in ('0', '1'):
        continue
    rows.append((int(parts[0]), parts[1], parts[2]))
inp = os.path.join(out, name + '.in.jsonl')
res = os.path.join(out, name + '.out.jsonl')
with open(inp, 'w', encoding='utf-8') as f:
    for i, (lab, kind, text) in enumerate(rows):
        text = text.replace('\\n', '\n')
        msgs = [{'role': 'user', 'content': m} for m in text.split('\u241e')]
        f.write(json.dumps({'id': str(i), 'messages': msgs}, ensure_ascii=False) + '\n')
exe = os.path.join(cli, 'router') if os.path.exists(os.path.join(cli, 'router')) else None
cmd = [exe] if exe else ['dotnet', os.path.join(cli, 'router.dll')]
env = dict(os.environ, DOTNET_ENVIRONMENT='Production')
p = subprocess.run(cmd + ['classify', '--in', inp, '--out', res], capture_output=True, text=True, env=env)
if p.returncode != 0 and not os.path.exists(res):
    sys.exit('classify failed: ' + p.stderr[-2000:])
got = {}
for line in open(res, encoding='utf-8'):
    o = json.loads(line)
    got[o['id']] = o
han = re.compile(r'[\u4e00-\u9fff]')
stat = defaultdict(lambda: [0, 0, 0, 0])  # tp, pos, fp, neg
missed, falsep = [], []
for i, (lab, kind, text) in enumerate(rows):
    o = got.get(str(i), {})
    s = bool(o.get('sensitive'))
    lang = 'zh' if han.search(text) else 'en'
    st = stat[(kind, lang)]
    if lab:
        st[1] += 1; st[0] += s
        if not s: missed.append((kind, lang, text))
    else:
        st[3] += 1; st[2] += s
        if s: falsep.append((kind, lang, text, [e.get('type') for e in o.get('entities', [])]))
tp = sum(v[0] for v in stat.values()); pos = sum(v[1] for v in stat.values())
fp = sum(v[2] for v in stat.values()); neg = sum(v[3] for v in stat.values())
print(f'{name}: recall {tp/pos if pos else 0:.3f} ({tp}/{pos})  FPR {100*fp/neg if neg else 0:.1f} % ({fp}/{neg})')
for (kind, lang), (a, b, c, d) in sorted(stat.items()):
    if b: print(f'  {kind:14} {lang}  recall {a}/{b}')
    if d and c: print(f'  {kind:14} {lang}  FP {c}/{d}')
if verbose:
    for k, l, t in missed: print(f'MISSED\t{k}\t{l}\t{t}')
    for k, l, t, e in falsep: print(f'FALSE+\t{k}\t{l}\t{e}\t{t}')
