#!/usr/bin/env bash
# Authenticode-sign Windows executables in place with osslsigncode (build.sh, and makensis's !finalize and
# !uninstfinalize for the installer and its uninstaller):
#
#     GREENDESK_SIGN_CERT=cert.p12 GREENDESK_SIGN_PASS_FILE=pass.txt packaging/windows/sign.sh FILE.exe...
#
#   GREENDESK_SIGN_CERT       PKCS#12 file with the code-signing certificate and its key (required)
#   GREENDESK_SIGN_PASS       its password, or GREENDESK_SIGN_PASS_FILE: a file holding it (first line)
#   GREENDESK_SIGN_TIMESTAMP  RFC 3161 time-stamp server (default http://timestamp.digicert.com); "none" signs
#                             without a time stamp (offline builds: the signature then ends with the certificate).
#                             When the server cannot be reached the file is signed without one, with a warning.
# SHA-256 digests. The password reaches osslsigncode through a private temporary file, never its command line.
set -euo pipefail

cert=${GREENDESK_SIGN_CERT:?GREENDESK_SIGN_CERT names the PKCS#12 certificate}
timestamp=${GREENDESK_SIGN_TIMESTAMP:-http://timestamp.digicert.com}
[[ -f $cert ]] || { echo "sign.sh: no certificate at $cert" >&2; exit 1; }
pass_file=$(umask 077 && mktemp)
trap 'rm -f "$pass_file" "${signed:-}"' EXIT
if [[ -n ${GREENDESK_SIGN_PASS_FILE:-} ]]; then
    head -n1 "$GREENDESK_SIGN_PASS_FILE" | tr -d '\r\n' >"$pass_file"
else
    printf '%s' "${GREENDESK_SIGN_PASS:-}" >"$pass_file"
fi

sign_one() { # sign_one FILE [TIMESTAMP_URL]
    local file=$1 options=()
    [[ -n ${2:-} ]] && options=(-ts "$2")
    signed=$(mktemp "$file.signing.XXXXXX")
    rm -f "$signed"
    osslsigncode sign -pkcs12 "$cert" -readpass "$pass_file" -h sha256 -n "绿色社区审核台 GreenDesk" \
        "${options[@]}" -in "$file" -out "$signed" >/dev/null
    mv "$signed" "$file"
}

for file in "$@"; do
    if [[ $timestamp == none ]]; then
        sign_one "$file"
        echo "signed (WARNING: no time stamp, GREENDESK_SIGN_TIMESTAMP=none): $(basename "$file")"
    elif sign_one "$file" "$timestamp" 2>/dev/null; then
        echo "signed and time-stamped ($timestamp): $(basename "$file")"
    else
        sign_one "$file"
        echo "signed (WARNING: time stamp server $timestamp not reachable: no time stamp): $(basename "$file")"
    fi
done
