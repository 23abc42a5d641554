#!/usr/bin/env bash
# check-layering.sh against small trees: it names every planted violation by file and line,
# passes what the conventions allow, and exits 0 only on a clean tree.
set -uo pipefail

check=$(cd "$(dirname "$0")" && pwd)/check-layering.sh
tree=$(mktemp -d)
trap 'rm -rf "$tree"' EXIT
failures=0

fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}

put() { # put FILE LINES...
    mkdir -p "$tree/$(dirname "$1")"
    local file=$1
    shift
    printf '%s\n' "$@" >"$tree/$file"
}

# Allowed: includes downward or sideways, ECS's own docker* field names, colours in the palette.
put model/project.h '#pragma once' '#include "model/cluster.h"' '#include <QString>'
put model/cluster.h '#pragma once'
put model/query/parser.cpp '#include "parser.h"' '#include "../project.h"'
put model/query/parser.h '#pragma once'
put model/ecs.cpp 'auto a = "dockerLabels"; auto b = "dockerSecurityOptions";'
put engine/runtime/engine.cpp '#include "model/project.h"' '#include "engine/docker/client.h"'
put engine/docker/client.h '#pragma once'
put ui/mainwindow.cpp '#include "engine/runtime/engine.h"' '#include "model/project.h"' \
    '#ifdef BERTH_ABC' '#define FACE 1' '#endif' 'int key = 0x4265;' \
    'QColor h = Palette::error;' 'auto m = QColor::fromRgbF(a.redF() * t, 0, 0);' \
    'band.setAlphaF(0.14);' 'painter->setPen(Qt::NoPen);'
put ui/style/palette.cpp 'const QColor a(0xdc, 0x26, 0x26);' 'const QColor b("#dc2626");'
put app/main.cpp '#include "ui/mainwindow.h"' '#include "engine/runtime/engine.h"'

out=$(bash "$check" "$tree" 2>&1)
status=$?
[ $status -eq 0 ] || fail "a clean tree fails ($status): $out"

# Planted: one of each kind, each on a known line.
put model/validation/rule.cpp '#include "model/project.h"' '#include "engine/runtime/engine.h"'
put model/query/lexer.cpp '#include "../../ui/mainwindow.h"'
put model/review.cpp '// reads DOCKER_HOST' 'auto c = "dockerLabels"; // the Docker daemon'
put engine/lb/lb.cpp '#include <app/cli/cli.h>'
put ui/run/logs.cpp '#include "app/cli/cli.h"' '#include "engine/docker/client.h"'
put app/cli/run.cpp '#include "engine/docker/client.h"'
put ui/canvas/item.cpp 'auto c = QColor(0x22, 0xc5, 0x5e);' 'p.setPen(Qt::white);' \
    'label->setText("<span style=\"color:#dc2626\">x</span>");' 'QColor d(0x80ff0000);' \
    'const QColor e{220, 38, 38};' 'auto f = QColor::fromRgb(220, 38, 38);' \
    'c.setNamedColor("red");' 'QColor g(QStringLiteral("red"));'

out=$(bash "$check" "$tree" 2>&1)
status=$?
[ $status -eq 1 ] || fail "a tree with violations exits $status, not 1"
expected=(
    "model/validation/rule.cpp:2: includes engine/runtime/engine.h"
    "model/query/lexer.cpp:1: includes ui/mainwindow.h"
    "model/review.cpp:1: says 'DOCKER_HOST'"
    "model/review.cpp:2: says 'Docker'"
    "engine/lb/lb.cpp:1: includes app/cli/cli.h"
    "ui/run/logs.cpp:1: includes app/cli/cli.h"
    "ui/run/logs.cpp:2: includes engine/docker/client.h"
    "app/cli/run.cpp:1: includes engine/docker/client.h"
    "ui/canvas/item.cpp:1: colour"
    "ui/canvas/item.cpp:2: colour 'Qt::white'"
    "ui/canvas/item.cpp:3: colour '#dc2626'"
    "ui/canvas/item.cpp:4: colour"
    "ui/canvas/item.cpp:5: colour 'QColor e{220, 38, 38}'"
    "ui/canvas/item.cpp:6: colour 'QColor::fromRgb(220, 38, 38)'"
    "ui/canvas/item.cpp:7: colour 'setNamedColor(\"red\")'"
    "ui/canvas/item.cpp:8: colour 'QColor g(QStringLiteral(\"red\")'"
)
for line in "${expected[@]}"; do
    grep -qF -- "$line" <<<"$out" || fail "not reported: $line"
done
reported=$(grep -cE '^[a-z]+/[^ ]+:[0-9]+: ' <<<"$out")
[ "$reported" -eq ${#expected[@]} ] ||
    fail "reported $reported violations, planted ${#expected[@]}:"$'\n'"$out"
grep -qF "${#expected[@]} violation(s)" <<<"$out" || fail "no count in: $out"

if [ $failures -gt 0 ]; then
    echo "$failures check(s) of check-layering.sh failed"
    exit 1
fi
echo "check-layering.sh reports each planted violation and passes a clean tree"
