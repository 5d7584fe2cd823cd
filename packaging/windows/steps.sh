# Shared by build.sh and smoke_test.sh (sourced): step timing, a failure exit and running as root.
# The caller sets STEP_WIDTH (column width of the step names) and declares TIMES=() before sourcing.
step_started=0
step() { # step NAME: ends the running step (recording its time) and starts the next
    step_finish
    step_name=$1
    step_started=$(date +%s.%N)
    echo "==> $step_name"
}
step_finish() {
    if [[ $step_started != 0 ]]; then
        local elapsed
        elapsed=$(printf '%.1f' "$(echo "$(date +%s.%N) - $step_started" | bc)")
        TIMES+=("$(printf "%-${STEP_WIDTH}s %6ss" "$step_name" "$elapsed")")
        step_started=0
    fi
}
as_root() {
    if [[ $(id -u) == 0 ]]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi
}
