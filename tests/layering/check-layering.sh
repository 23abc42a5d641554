#!/usr/bin/env bash
# The conventions the build cannot see (design.md "Layers"): dependencies point one way,
# app -> ui -> engine -> model; the window and the command line reach Docker only through the
# engine's run interfaces, never engine/docker/; model/ speaks ECS, not Docker; the window's
# colours live in one palette. Prints each violation as FILE:LINE: what and why, then a count;
# exits 1 when there is any.
#   tests/layering/check-layering.sh [SOURCE_DIR]     (default: this checkout)
set -uo pipefail

root=${1:-$(cd "$(dirname "$0")/../.." && pwd)}
cd "$root" || { echo "cannot enter $root" >&2; exit 2; }

layers=(model engine ui app)
violations=0

report() {
    echo "$*"
    violations=$((violations + 1))
}

rank() {
    case $1 in
        model) echo 0 ;; engine) echo 1 ;; ui) echo 2 ;; app) echo 3 ;; *) echo -1 ;;
    esac
}

present=()
for layer in "${layers[@]}"; do
    [ -d "$layer" ] && present+=("$layer")
done
if [ ${#present[@]} -eq 0 ]; then
    echo "$root has none of ${layers[*]}" >&2
    exit 2
fi

# --- 1. No include upward, and no engine/docker/ from the window or the command line. ------
while IFS= read -r hit; do
    file=${hit%%:*}
    rest=${hit#*:}
    line=${rest%%:*}
    text=${rest#*:}
    [[ $text =~ ^[[:space:]]*#[[:space:]]*include[[:space:]]*[\"\<]([^\"\>]+)[\"\>] ]] || continue
    inc=${BASH_REMATCH[1]}
    dir=${file%/*}
    # A quoted include is looked up beside the including file first, as the compiler does.
    if [[ $inc == ./* || $inc == ../* || $inc == */../* ]] || [ -e "$dir/$inc" ]; then
        target=$(realpath -m --relative-to=. "$dir/$inc")
    else
        target=$inc
    fi
    from=${file%%/*}
    to=${target%%/*}
    from_rank=$(rank "$from")
    to_rank=$(rank "$to")
    if [ "$to_rank" -gt "$from_rank" ]; then
        report "$file:$line: includes $target: $from/ sits below $to/ and must not include" \
"it; dependencies point one way, app -> ui -> engine -> model"
    elif [[ ($from == ui || $from == app) && $target == engine/docker/* ]]; then
        report "$file:$line: includes $target: $from/ reaches Docker only through the" \
"engine's run interfaces, never engine/docker/ (design.md decision 11)"
    fi
done < <(grep -rnE '^[[:space:]]*#[[:space:]]*include' "${present[@]}" 2>/dev/null)

# --- 2. model/ speaks ECS: no Docker words. ------------------------------------------------
# ECS's own field and shape names (register-task-definition input) are ECS words.
ecs_words='dockerLabels|dockerSecurityOptions|dockerVolumeConfiguration|DockerLabelsMap|'\
'DockerVolumeConfiguration'
if [ -d model ]; then
    while IFS= read -r hit; do
        file=${hit%%:*}
        rest=${hit#*:}
        line=${rest%%:*}
        text=${rest#*:}
        stripped=$(sed -E "s/\\b($ecs_words)\\b//g" <<<"$text")
        word=$(grep -oiE '[A-Za-z0-9_]*docker[A-Za-z0-9_]*' <<<"$stripped" | head -n1)
        [ -n "$word" ] || continue
        report "$file:$line: says '$word': model/ is about ECS and knows no container" \
"runtime; what needs Docker belongs in engine/"
    done < <(grep -rniI 'docker' model)
fi

# --- 3. One palette: no colour literal in ui/ outside ui/style/palette.*. -------------------
palette='^ui/style/palette\.(h|cpp)$'
# "#rrggbb" anywhere (style sheets, rich text); a QColor made from numbers or a string, as
# QColor(...), QColor{...}, QColor name(...) or QColor name = {...}; QColor::fromRgb and the
# like, setRgb and the like, qRgb, with a number first; a 24- or 32-bit hex number; Qt's
# named colours.
literal='[[:space:]]*(0x|[0-9]|"|QStringLiteral\(|QLatin1String\()'
colour='#[0-9A-Fa-f]{3}([0-9A-Fa-f]{3}([0-9A-Fa-f]{2})?)?\b'
colour+="|\\bQColor([[:space:]]+[A-Za-z_][A-Za-z0-9_]*)?[[:space:]]*(=[[:space:]]*)?[({]$literal"
colour+="[^(){};]*[)}]?"
colour+="|QColor::from(Rgb|Hsl|Hsv|Cmyk)[A-Za-z]*[[:space:]]*\\($literal[^();]*\\)?"
colour+="|\\bset(Rgb|Hsl|Hsv|Cmyk|NamedColor)[A-Za-z]*[[:space:]]*\\($literal[^();]*\\)?"
colour+="|\\bqRgba?[[:space:]]*\\($literal[^();]*\\)?"
colour+='|\b0x[0-9A-Fa-f]{6}([0-9A-Fa-f]{2})?\b'
colour+='|\bQt::(white|black|red|darkRed|green|darkGreen|blue|darkBlue|cyan|darkCyan'
colour+='|magenta|darkMagenta|yellow|darkYellow|gray|darkGray|lightGray)\b'
if [ -d ui ]; then
    while IFS= read -r hit; do
        file=${hit%%:*}
        rest=${hit#*:}
        line=${rest%%:*}
        text=${rest#*:}
        [[ $file =~ $palette ]] && continue
        # Preprocessor lines (#define, #ifdef) are not colours.
        [[ $text =~ ^[[:space:]]*# ]] && continue
        what=$(grep -oE "$colour" <<<"$text" | head -n1)
        [ -n "$what" ] || continue
        report "$file:$line: colour '$what': the window's colours are named in" \
"ui/style/palette.h, so one place decides how the window looks"
    done < <(grep -rnIE "$colour" ui)
fi

if [ "$violations" -gt 0 ]; then
    echo "$violations violation(s) of the layering conventions"
    exit 1
fi
echo "layering conventions kept: ${present[*]}"
