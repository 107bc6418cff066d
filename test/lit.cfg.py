# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
# lit configuration for kfunc-preserve. The layout of test/ is in the Layout
# table of README.md.
import os
import shutil

import lit.formats

config.name = "kfunc-preserve (LLVM %d)" % config.llvm_version_major
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".ll", ".c", ".test", ".s"]
config.test_source_root = os.path.dirname(__file__)
config.excludes = ["Inputs", "CMakeLists.txt", "README.md", "lit.cfg.py",
                   "lit.site.cfg.py.in", "fuzz", "unit"]

# The chosen LLVM's tools come first on PATH: opt, clang, ld.lld, FileCheck,
# not, count, llvm-nm, llvm-lto2, ... all of one version.
config.environment["PATH"] = os.pathsep.join(
    [config.llvm_tools_dir, config.environment.get("PATH", os.environ.get("PATH", ""))])
# Tests choose their own options; never inherit the user's.
config.environment.pop("KFUNC_PRESERVE_OPTIONS", None)
for var in ["HOME", "TMPDIR", "LD_PRELOAD", "ASAN_OPTIONS", "UBSAN_OPTIONS"]:
    if var in os.environ:
        config.environment[var] = os.environ[var]

major = config.llvm_version_major
plugin = config.kfunc_plugin
tools = config.llvm_tools_dir

# %opt loads the plugin so that its cl::opts are accepted: they must follow
# -load-pass-plugin, and LLVM 14's opt also needs -load (docs/internals.md).
opt = "%s -load-pass-plugin=%s" % (os.path.join(tools, "opt"), plugin)
if major < 15:
    opt += " -load=%s" % plugin
# Tests are written in opaque-pointer IR, the default from LLVM 15; LLVM 14
# reads it with -opaque-pointers. %opt_typed keeps 14's typed default for the
# tests of typed-pointer IR (REQUIRES: typed-pointers-default).
config.substitutions.append(("%opt_typed", opt))
if major < 15:
    opt += " -opaque-pointers"
config.substitutions.append(("%opt", opt))
config.substitutions.append(("%plugin", plugin))
# clang: -fpass-plugin, plus -Xclang -load for -mllvm options before 22.
clang_plugin = "-fpass-plugin=%s" % plugin
if major < 22:
    clang_plugin += " -Xclang -load -Xclang %s" % plugin
config.substitutions.append(("%clang_plugin", clang_plugin))
config.substitutions.append(("%kfunc_scan", config.kfunc_scan))
config.substitutions.append(("%example_dir", os.path.join(config.kfunc_source_dir, "example")))
config.substitutions.append(("%utils", os.path.join(config.kfunc_source_dir, "utils")))
config.substitutions.append(("%source_dir", config.kfunc_source_dir))
config.substitutions.append(("%python", shutil.which("python3") or "python3"))
config.substitutions.append(("%llvm_major", str(config.llvm_version_major)))
# The project version, from project(... VERSION) in CMakeLists.txt.
config.substitutions.append(("%kfunc_version", config.kfunc_version))

# Features: llvm-N for the exact major; llvm-ge-N for N <= major.
config.available_features.add("llvm-%d" % major)
for v in range(14, major + 1):
    config.available_features.add("llvm-ge-%d" % v)
if major < 15:
    config.available_features.add("typed-pointers-default")
else:
    config.available_features.add("opaque-pointers")
if os.path.exists(os.path.join(tools, "clang")):
    config.available_features.add("clang")
# lld loads pass plugins from LLVM 15 on.
if major >= 15 and os.path.exists(os.path.join(tools, "ld.lld")):
    config.available_features.add("lld-plugin")
if os.path.exists(os.path.join(tools, "ld.lld")):
    config.available_features.add("lld")
if os.path.exists(config.kfunc_scan):
    config.available_features.add("kfunc-scan")
if shutil.which("gcc"):
    config.available_features.add("gcc")
# libbpf: kfunc-scan --verify checks BTF; pahole and bpftool build fixtures.
if getattr(config, "kfunc_scan_libbpf", False):
    config.available_features.add("libbpf")
for tool in ["pahole", "bpftool"]:
    if shutil.which(tool) or os.path.exists(os.path.join("/usr/sbin", tool)):
        config.available_features.add(tool)

# kernel-source: the real-kernel test (test/kernel/, utils/kernel-test.sh) runs
# on ONE LLVM major, 19, when Debian's linux-source-6.12 and the kernel's build
# tools are installed; KFUNC_KERNEL_TEST=0 turns it off.
for var in ["KFUNC_KERNEL_CACHE", "KFUNC_KERNEL_TARBALL", "KFUNC_KERNEL_JOBS"]:
    if var in os.environ:
        config.environment[var] = os.environ[var]
if major == 19 and os.environ.get("KFUNC_KERNEL_TEST", "1") != "0":
    import subprocess
    check = subprocess.run(
        ["bash", os.path.join(config.kfunc_source_dir, "utils", "kernel-test.sh"),
         "--check", "--llvm", str(major)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, universal_newlines=True)
    if check.returncode == 0:
        config.available_features.add("kernel-source")
    else:
        lit_config.note("test/kernel is UNSUPPORTED: " + check.stdout.strip())
