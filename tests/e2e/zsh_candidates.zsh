#!/usr/bin/env zsh
# The candidates zsh's completion system offers at the end of a command line, one per line: an
# interactive zsh in a pseudo-terminal (zsh/zpty) loads the completion from DIR (autoloaded from
# $fpath, as installed), gets LINE and a TAB, and records what each compadd call adds.
#   zsh_candidates.zsh DIR WORKDIR LINE
emulate -L zsh
dir=$1 workdir=$2 line=$3
zmodload zsh/zpty || { print -u2 "zsh/zpty is not available"; exit 2 }
out=$(mktemp) || exit 2
zpty sh zsh -f -i
trap 'rm -f $out' EXIT  # after zpty's fork: the child would run it too
setup=(
    "PS1='' PROMPT='' RPROMPT=''"
    # Never ask "do you wish to see all N possibilities?" (it would wait for an answer for ever
    # once a command has more options than the pseudo-terminal has lines).
    "LISTMAX=100000"
    "cd ${(q)workdir}"
    "fpath=(${(q)dir} \$fpath)"
    "autoload -Uz compinit && compinit -u -D"
    # Matches as compadd adds them (after filtering by the prefix typed); calls that only fill
    # arrays (-O, -A, -D) are helpers' and pass through. -E N (N empty matches, which _describe
    # adds to lay out a long list of options) cannot go with -A, so the copy that records leaves it out.
    "compadd() { if [[ \${@[1,(i)(-|--)]} == *-(O|A|D)\\ * ]]; then builtin compadd \"\$@\"; return; fi; local -a hits; builtin compadd -A hits \"\${(@)@:#-E<->}\"; (( \$#hits )) && print -rl -- \$hits >> ${(q)out}; builtin compadd \"\$@\"; }"
    "comppostfuncs=(exit)"
    "bindkey '^I' complete-word"
)
for command in $setup; do zpty -w sh $command; done
zpty -n -w sh "$line"$'\t'
# The shell exits after the completion: read until it has (the caller bounds the time).
while zpty -r sh chunk; do
    [[ -n $ZSH_CANDIDATES_DEBUG ]] && print -rn -- $chunk >&2
done
zpty -d sh
sort -u $out
