# Shared by the CLI black-box scripts (tests/cli/*.sh): source it after set -u.
# Each script then says only what it checks.

# cli_init "$@": CLI is the path given as $1 (or $CALC_CLI; a Wine wrapper
# works too); a temporary folder $tmp removed at exit; fails=0; NL, TAB, CR.
cli_init() {
  CLI=${1:-${CALC_CLI:-}}
  [ -n "$CLI" ] || { echo "usage: $0 path-to-calculatrice-cli" >&2; exit 2; }
  fails=0
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  NL=$'\n' TAB=$'\t' CR=$'\r'
}

# cli_fail MESSAGE...: counts one failure and says what it was.
cli_fail() {
  echo "FAIL $*"
  fails=$((fails + 1))
}

# cli_run ARGS...: runs "$CLI" ARGS with stdin from /dev/null (or from what
# CLI_STDIN names); sets out (stdout exactly, final line ends kept), rc, and
# leaves stderr in $tmp/err.
cli_run() {
  "$CLI" "$@" <"${CLI_STDIN:-/dev/null}" >"$tmp/out" 2>"$tmp/err"
  rc=$?
  out=$(cat "$tmp/out"; echo .)
  out=${out%.}
}

# cli_finish WHAT: the summary line and the exit status of the script.
cli_finish() {
  if [ "$fails" -ne 0 ]; then
    echo "$fails failure(s)"
    exit 1
  fi
  echo "all $1 checks pass"
}
