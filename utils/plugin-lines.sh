# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
# shellcheck shell=bash
# What the plugin prints, for the scripts that read build and link logs
# (utils/kernel-build.sh, utils/thinlto-stress.sh). Sourced, not run.
#
# A line the plugin printed: a diagnostic of either pass, with the phase of
# an automatic pipeline ("kfunc-audit (compile): ") or without one
# ("kfunc-preserve: "), after whatever the host put in front (file, line,
# "warning:"). An extended regular expression (grep -E, sed -E).
KFUNC_PLUGIN_LINE='kfunc-(preserve|audit)( \([a-z-]+\))?: '

# plugin_lines FILE...: print the lines of FILE... that the plugin printed,
# in order; nothing (and success) when there are none.
plugin_lines() {
  grep -hE "$KFUNC_PLUGIN_LINE" "$@" || true
}
