#!/usr/bin/env bash
# Builds bench/corpus/realistic.log, the "realistic log" corpus of `npm run bench`, from the output
# of real tools run here: make + gcc compiling a small C project (compile lines, a few -Wall
# warnings), pytest -v on a generated suite (test names with words such as error and FAILED; a few
# failures, skips, xfails) and an application's timestamped logging. Committed, so the bench needs
# none of these tools; re-run to refresh it (needs gcc, make, python3 with pytest).
set -euo pipefail
out="$(cd "$(dirname "$0")" && pwd)/realistic.log"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"

# 1. make + gcc: 40 translation units, a warning in every tenth.
mkdir -p src/net src/util build
for i in $(seq 1 40); do
  dir=$([ $((i % 2)) -eq 0 ] && echo net || echo util)
  {
    echo "#include <stdio.h>"
    echo "int error_count_$i = 0;"
    if [ $((i % 10)) -eq 0 ]; then echo "int retry_$i(int failed) { int unused; return failed; }"; fi
    echo "int handle_$i(const char *warning) { return printf(\"%s\", warning); }"
  } > "src/$dir/mod$i.c"
done
cat > Makefile <<'MAKE'
SRC := $(wildcard src/*/*.c)
OBJ := $(patsubst src/%.c,build/%.o,$(SRC))
all: $(OBJ)
build/%.o: src/%.c
	@mkdir -p $(dir $@)
	gcc -Wall -O2 -fdiagnostics-color=never -c $< -o $@
MAKE
make -j1 2>&1 | sed "s#$work/##g" > make.log || true

# 2. pytest -v: 300 tests, names that hold anchor words, a few failures.
mkdir -p tests
python3 - <<'PY'
names = ["error_handling", "retry_after_FAILED_upload", "warning_filter", "parse_ERROR_codes",
         "note_rendering", "download", "cache_eviction", "timeout_is_not_an_error", "log_rotation"]
with open("tests/test_suite.py", "w") as f:
    f.write("import logging, pytest\nlog = logging.getLogger('app')\n")
    for i in range(300):
        name = names[i % len(names)]
        if i % 97 == 5:
            f.write(f"def test_{name}_{i}():\n    assert {i} == {i + 1}, 'error: off by one'\n")
        elif i % 41 == 3:
            f.write(f"@pytest.mark.skip(reason='warning: flaky on CI')\ndef test_{name}_{i}():\n    pass\n")
        else:
            f.write(f"def test_{name}_{i}():\n    log.warning('checked %d items', {i})\n    assert True\n")
PY
python3 -m pytest -v -p no:cacheprovider -o log_cli=true -o log_cli_level=WARNING \
  --log-cli-format='%(asctime)s %(levelname)s %(name)s: %(message)s' tests 2>&1 | sed "s#$work/##g" > pytest.log || true

# 3. An application's own log: timestamps, levels, paths, words like error and FAILED in prose.
python3 - <<'PY' > app.log 2>&1
import logging, random
random.seed(7)
logging.basicConfig(format="%(asctime)s.%(msecs)03dZ %(levelname)-7s %(name)s [%(threadName)s] %(message)s",
                    datefmt="%Y-%m-%dT%H:%M:%S", level=logging.DEBUG)
paths = ["/srv/app/releases/20261206/lib/storage.py", "/var/cache/app/objects/ab/cdef0123",
         "s3://artifacts/build-4711/report.json", "/home/runner/work/app/app/dist/index.js"]
for i in range(1500):
    log = logging.getLogger(random.choice(["app.http", "app.db", "app.jobs", "app.cache"]))
    path = random.choice(paths)
    kind = i % 9
    if kind == 0: log.info("GET %s 200 %d ms", path, random.randint(1, 900))
    elif kind == 1: log.debug("cache miss for %s (error budget 0.%02d)", path, random.randint(0, 99))
    elif kind == 2: log.warning("retrying upload of %s: previous attempt FAILED with status 503", path)
    elif kind == 3: log.info("job %d finished: 0 errors, %d warnings", i, random.randint(0, 4))
    elif kind == 4: log.error("connection reset by peer while reading %s; will retry", path)
    else: log.info("processed %d records from %s in %d ms", random.randint(10, 5000), path, random.randint(1, 300))
PY

cat make.log pytest.log app.log > "$out"
echo "wrote $out ($(wc -c < "$out") bytes, $(wc -l < "$out") lines)"
