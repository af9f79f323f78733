#!/usr/bin/env bash
# Fails when the README's two set-up commands and CI drift apart:
# - the README's "Set up" section holds exactly two sh commands, both starting with the installer;
# - the first builds the `default` preset and starts the binary from that preset's directory;
# - the second runs the `testing` workflow, and .ci/run runs it verbatim;
# - .ci/run also builds the `default` preset and smoke-tests it;
# - every preset the commands name exists in CMakePresets.json.
# Usage: check-readme-commands.sh SOURCE_DIR
set -euo pipefail
src=$1
readme="$src/README.md"
ci="$src/.ci/run"
presets="$src/CMakePresets.json"
fail() { echo "README/CI drift: $*" >&2; exit 1; }

section=$(awk '/^## Set up on a fresh Debian 12 machine/{on=1; next} /^## /{on=0} on' "$readme")
[ -n "$section" ] || fail "README has no '## Set up on a fresh Debian 12 machine' section"
mapfile -t commands < <(printf '%s\n' "$section" | awk '/^```sh$/{on=1; next} /^```$/{on=0} on && NF')
[ "${#commands[@]}" -eq 2 ] || fail "the set-up section must hold exactly two commands, it holds ${#commands[@]}"
run=${commands[0]}
test=${commands[1]}
for c in "$run" "$test"; do
  [[ "$c" == "bash packaging/install-deps.sh && "* ]] || fail "'$c' does not start with the installer"
done
[[ "$run" == *"cmake --preset default"* && "$run" == *"cmake --build --preset default"* ]] \
  || fail "the first command does not build the default preset: $run"
default_dir=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print([p["binaryDir"] for p in d["configurePresets"] if p["name"]=="default"][0].replace("${sourceDir}/",""))' "$presets")
[[ "$run" == *"./$default_dir/runlens" ]] || fail "the first command must end by starting ./$default_dir/runlens: $run"
[[ "$test" == *"cmake --workflow --preset testing" ]] || fail "the second command must run the testing workflow: $test"
grep -qxF "readme_tests() { $test; }" "$ci" || fail ".ci/run does not run the README's test command verbatim ($test)"
grep -q "cmake --preset default && cmake --build --preset default" "$ci" || fail ".ci/run does not build the default preset"
grep -q "smoke-release.sh build" "$ci" || fail ".ci/run does not smoke-test the release build"
for p in default testing; do
  python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if any(x["name"]==sys.argv[2] for x in d["configurePresets"]) else 1)' "$presets" "$p" \
    || fail "preset '$p' is not in CMakePresets.json"
done
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if any(x["name"]=="testing" for x in d.get("workflowPresets",[])) else 1)' "$presets" \
  || fail "workflow preset 'testing' is missing"
echo "README and CI agree: '$run' / '$test'"
