#!/usr/bin/env python3
"""Writes each notebook (.ipynb) from its twin file-based app (.cs), so the two cannot drift apart.

Usage: python3 sync-notebooks.py TWIN.cs NOTEBOOK.ipynb
In the twin, "//md" lines become markdown cells, "// cell" starts a code cell, lines between "// twin:begin" and
"// twin:end" are left out of the notebook, "// nb: CODE" lines become CODE in the notebook, and "#:" directives are
dropped. run-twins.sh --check regenerates every notebook into a temporary file and fails if it differs.
"""
import json, sys, re
src = open(sys.argv[1]).read().splitlines()
cells = []; cur = None; kind = None; skip = False
def flush():
    global cur, kind
    if cur is not None:
        while cur and cur[-1].strip()=="": cur.pop()
        while cur and cur[0].strip()=="": cur.pop(0)
        if cur:
            src_lines = [l + "\n" for l in cur]; src_lines[-1] = src_lines[-1].rstrip("\n")
            if kind == "md":
                cells.append({"cell_type":"markdown","metadata":{},"source":src_lines})
            else:
                cells.append({"cell_type":"code","execution_count":None,"metadata":{"dotnet_interactive":{"language":"csharp"},"polyglot_notebook":{"kernelName":"csharp"}},"outputs":[],"source":src_lines})
    cur = None; kind = None
started = False
for line in src:
    if line.startswith("#:"): continue
    if line.startswith("//md"):
        started = True
        if kind != "md": flush(); cur = []; kind = "md"
        cur.append(line[5:] if len(line) > 4 else ""); continue
    if not started: continue
    if line.strip() == "// cell": flush(); cur = []; kind = "code"; continue
    if line.strip() == "// twin:begin": skip = True; continue
    if line.strip() == "// twin:end": skip = False; continue
    if skip: continue
    if kind == "md":  # code after markdown without "// cell" marker
        flush(); cur = []; kind = "code"
    if cur is None: cur = []; kind = "code"
    m = re.match(r"^(\s*)// nb: (.*)$", line)
    cur.append(m.group(1) + m.group(2) if m else line)
flush()
# Put #r lines first in the first code cell (they must precede other code in .NET Interactive)
nb = {"cells":cells,"metadata":{"kernelspec":{"display_name":".NET (C#)","language":"C#","name":".net-csharp"},
      "language_info":{"file_extension":".cs","mimetype":"text/x-csharp","name":"C#","pygments_lexer":"csharp","version":"13.0"},
      "polyglot_notebook":{"kernelInfo":{"defaultKernelName":"csharp","items":[{"aliases":[],"name":"csharp"}]}}},
      "nbformat":4,"nbformat_minor":5}
for i,c in enumerate(cells): c["id"] = f"cell-{i:02d}"
json.dump(nb, open(sys.argv[2],"w"), indent=1, ensure_ascii=False); open(sys.argv[2],"a").write("\n")
