# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Print what a pass plugin's llvmGetPassPluginInfo returns, as a host
sees it: "api <N> name <name> version <version>".

    plugin-info.py PLUGIN.so

The plugin links against nothing, so the libLLVM of the opt on PATH (the
LLVM the plugin was built for) is loaded first, globally, as in a host.
"""
import ctypes
import glob
import os
import shutil
import sys


class PassPluginLibraryInfo(ctypes.Structure):
    # The fields every LLVM from 14 has first (22 adds one after them).
    _fields_ = [("api_version", ctypes.c_uint32),
                ("plugin_name", ctypes.c_char_p),
                ("plugin_version", ctypes.c_char_p),
                ("register_callbacks", ctypes.c_void_p)]


opt = os.path.realpath(shutil.which("opt"))
libdir = os.path.join(os.path.dirname(os.path.dirname(opt)), "lib")
libllvm = sorted(glob.glob(os.path.join(libdir, "libLLVM*.so*")))[0]
ctypes.CDLL(libllvm, mode=ctypes.RTLD_GLOBAL)
plugin = ctypes.CDLL(sys.argv[1])
plugin.llvmGetPassPluginInfo.restype = PassPluginLibraryInfo
info = plugin.llvmGetPassPluginInfo()
print("api %d name %s version %s" % (info.api_version, info.plugin_name.decode(),
                                     info.plugin_version.decode()))
