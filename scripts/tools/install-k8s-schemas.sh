#!/usr/bin/env bash
# Installs the offline Kubernetes JSON schemas shipped by PyPI's kubernetes-validate into the tools venv
# (${PORTARIUM_TOOLS_DIR:-$HOME/.cache/portarium-infra/tools}/venv) and derives from them a directory in
# kubeconform's registry layout, so the real kubeconform and the builtin engine read the same schemas:
#   $TOOLS_DIR/k8s-schemas/kubeconform/v1.X.0-standalone[-strict]/<kind>-<group>-<version>.json
# Each derived file is standalone, like kubeconform's own registry: the kind's schema with the
# definitions it reaches copied into its `$defs` (refs `#/$defs/X`), the package's https `$id`s dropped.
# Self-contained files let kubeconform compile one kind without the 1.8 MB `_definitions.json`.
# Idempotent: skips what is already present for the pinned version.
set -euo pipefail

VERSION="${KUBERNETES_VALIDATE_VERSION:-1.37.0}"
# Kubernetes versions to lay out for kubeconform (the engine lays out others on demand).
LAYOUT_VERSIONS="${K8S_SCHEMA_LAYOUT_VERSIONS:-1.37.0}"
TOOLS_DIR="${PORTARIUM_TOOLS_DIR:-$HOME/.cache/portarium-infra/tools}"
VENV="$TOOLS_DIR/venv"
OUT="$TOOLS_DIR/k8s-schemas/kubeconform"

command -v python3 >/dev/null 2>&1 || { echo "install-k8s-schemas: python3 is required" >&2; exit 1; }
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"

installed="$("$VENV/bin/python" -c 'import importlib.metadata as m; print(m.version("kubernetes-validate"))' 2>/dev/null || true)"
if [ "$installed" != "$VERSION" ]; then
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "kubernetes-validate==$VERSION"
fi

SCHEMA_ROOT="$("$VENV/bin/python" -c 'import os, kubernetes_validate as k; print(os.path.join(os.path.dirname(k.__file__), "kubernetes-json-schema"))')"
echo "kubernetes-validate $VERSION schemas at $SCHEMA_ROOT"

"$VENV/bin/python" - "$SCHEMA_ROOT" "$OUT" "$VERSION" $LAYOUT_VERSIONS <<'PY'
import json, os, sys

src_root, out_root, pkg_version, *versions = sys.argv[1:]
LAYOUT = "standalone-1"  # keep in sync with src/tools/schemas.ts (LAYOUT_STAMP)

def def_name(ref):
    return ref.rsplit("/", 1)[-1]

def refs(node, acc):
    if isinstance(node, dict):
        for k, v in node.items():
            if k == "$ref" and isinstance(v, str):
                acc.add(def_name(v))
            else:
                refs(v, acc)
    elif isinstance(node, list):
        for v in node:
            refs(v, acc)

def rewrite(node):
    if isinstance(node, dict):
        out = {}
        for k, v in node.items():
            if k == "$id":
                continue
            out[k] = "#/$defs/" + def_name(v) if k == "$ref" and isinstance(v, str) else rewrite(v)
        return out
    if isinstance(node, list):
        return [rewrite(v) for v in node]
    return node

for version in versions:
    for strict in ("", "-strict"):
        src = os.path.join(src_root, "v%s-local%s" % (version, strict))
        dst = os.path.join(out_root, "v%s-standalone%s" % (version, strict))
        marker = os.path.join(dst, ".source")
        stamp = "kubernetes-validate==%s %s" % (pkg_version, LAYOUT)
        if os.path.exists(marker) and open(marker).read().strip() == stamp:
            continue
        if not os.path.isdir(src):
            sys.exit("install-k8s-schemas: kubernetes-validate %s has no schemas for %s" % (pkg_version, version))
        with open(os.path.join(src, "_definitions.json")) as f:
            defs = json.load(f)["$defs"]
        direct = {}
        for name, d in defs.items():
            direct[name] = set()
            refs(d, direct[name])
        os.makedirs(dst, exist_ok=True)
        for name in sorted(os.listdir(src)):
            if not name.endswith(".json") or name in ("all.json", "_definitions.json"):
                continue
            with open(os.path.join(src, name)) as f:
                doc = json.load(f)
            todo, seen = set(), set()
            refs(doc, todo)
            while todo:
                x = todo.pop()
                if x not in seen:
                    seen.add(x)
                    todo |= direct[x] - seen
            out = rewrite(doc)
            if seen:
                out["$defs"] = {x: rewrite(defs[x]) for x in sorted(seen)}
            with open(os.path.join(dst, name), "w") as f:
                json.dump(out, f, separators=(",", ":"))
        with open(marker, "w") as f:
            f.write(stamp + "\n")
        print("laid out %s" % dst)
PY
