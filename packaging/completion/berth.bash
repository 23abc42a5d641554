# bash completion for berth(1)                                   -*- shell-script -*-
# Asks berth itself what fits (berth __complete WORD... CURRENT): commands and options come
# from its commands' definitions, service, family and cluster names from the project on the
# line. A line ":files EXT..." asks for file names ending in .EXT, ":dirs" for folders.

_berth()
{
    local cur words cword
    if declare -F _init_completion >/dev/null 2>&1; then
        _init_completion -n : || return
    else
        words=("${COMP_WORDS[@]}")
        cword=$COMP_CWORD
        cur=${COMP_WORDS[COMP_CWORD]}
    fi

    local reply
    reply=$("${words[0]}" __complete "${words[@]:1:cword-1}" "$cur" 2>/dev/null) || return

    COMPREPLY=()
    local line exts=() dirs=
    while IFS= read -r line; do
        case $line in
            ':files '*) read -ra exts <<<"${line#:files }" ;;
            ':dirs') dirs=1 ;;
            ?*) COMPREPLY+=("$line") ;;
        esac
    done <<<"$reply"

    if ((${#exts[@]})) || [[ -n $dirs ]]; then
        compopt -o filenames 2>/dev/null
        local file ext
        while IFS= read -r file; do
            [[ -n $file ]] || continue
            if [[ -d $file ]]; then
                COMPREPLY+=("$file")
                continue
            fi
            for ext in "${exts[@]}"; do
                if [[ $file == *."$ext" ]]; then
                    COMPREPLY+=("$file")
                    break
                fi
            done
        done < <(compgen -f -- "$cur")
    fi

    if declare -F __ltrim_colon_completions >/dev/null 2>&1; then
        __ltrim_colon_completions "$cur"
    fi
}

complete -F _berth berth
