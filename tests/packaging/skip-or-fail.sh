# Sourced by the packaging checks. skip_or_fail MESSAGE: a check that cannot run here says why
# and is skipped (exit 77, ctest's SKIP_RETURN_CODE), except under CI=true, where nothing is
# skipped: it fails and names what is missing.
skip_or_fail() {
    if [ "${CI:-}" = true ]; then
        echo "FAILED (CI=true, nothing is skipped): $1"
        exit 1
    fi
    echo "SKIPPED: $1"
    exit 77
}
