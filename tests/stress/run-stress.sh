#!/usr/bin/env bash
# Long stress runs, outside CI: the same checks CI runs at small scale, at enterprise scale.
#
#   tests/stress/run-stress.sh            build, then run every stress check
#
# - rongpei-cli backup killed with SIGKILL at random moments, at 20,000 cadres
#   (RONGPEI_KILL_CADRES, default 20000), RONGPEI_KILL_RUNS times (default 40): nothing is left
#   under the target's name but a verified copy, and no journal beside anything.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
"$root/installer/setup.sh" build
export RONGPEI_KILL_CADRES=${RONGPEI_KILL_CADRES:-20000}
export RONGPEI_KILL_RUNS=${RONGPEI_KILL_RUNS:-40}
echo "stress: backup killed at random moments, $RONGPEI_KILL_CADRES cadres, $RONGPEI_KILL_RUNS runs"
"$root/build/bin/rongpei_cli_tests" "[kill]" --durations yes
