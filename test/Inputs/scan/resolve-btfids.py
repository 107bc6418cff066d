#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Fill the .BTF_ids section of a linked ELF file as the kernel's
resolve_btfids (tools/bpf/resolve_btfids, Linux 6.12) does, for tests:

  - every __BTF_ID__<kind>__<name>__<n> symbol's word gets the BTF id of the
    type of that kind and name (func -> FUNC, struct, union, typedef), or 0
    when BTF has none (resolve_btfids: "unresolved symbol <name>");
  - a set's first word gets its count (size / 4 - 1, or size / 8 - 1 for a
    set8), and its entries are sorted by id (set8: the id+flags pairs);
  - words are written in the ELF file's byte order.

BTF ids come from `bpftool btf dump file FILE` (with `-B BASE` for a module's
split BTF). --skip NAME leaves NAME's entries 0, as when BTF lacks it.

usage: resolve-btfids.py [--base VMLINUX] [--skip NAME]... ELF
"""
import argparse
import re
import shutil
import struct
import subprocess
import sys

KINDS = {"func": "FUNC", "struct": "STRUCT", "union": "UNION",
         "typedef": "TYPEDEF"}


def btf_ids(path, base):
    tool = shutil.which("bpftool") or "/usr/sbin/bpftool"
    cmd = [tool, "btf", "dump", "file", path, "format", "raw"]
    if base:
        cmd[1:1] = ["-B", base]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    ids = {}
    for m in re.finditer(r"^\[(\d+)\] (\w+) '([^']*)'", out, re.M):
        ids.setdefault((m.group(2), m.group(3)), int(m.group(1)))
    return ids


class Elf:
    def __init__(self, data):
        self.data = data
        if data[:4] != b"\x7fELF":
            sys.exit("not an ELF file")
        self.is64 = data[4] == 2
        self.end = "<" if data[5] == 1 else ">"
        if self.is64:
            shoff, = self.unpack("Q", 0x28)
            shentsize, shnum = self.unpack("HH", 0x3A)
        else:
            shoff, = self.unpack("I", 0x20)
            shentsize, shnum = self.unpack("HH", 0x2E)
        shstrndx, = self.unpack("H", 0x3E if self.is64 else 0x32)
        self.sections = [self.section(shoff + i * shentsize)
                         for i in range(shnum)]
        names = self.sections[shstrndx]
        for s in self.sections:
            s["name"] = self.cstr(names["offset"] + s["name_off"])

    def unpack(self, fmt, off):
        return struct.unpack_from(self.end + fmt, self.data, off)

    def cstr(self, off):
        return self.data[off:self.data.index(b"\0", off)].decode()

    def section(self, off):
        if self.is64:
            n, t, _, addr, offset, size, link, _, _, entsize = self.unpack(
                "IIQQQQIIQQ", off)
        else:
            n, t, _, addr, offset, size, link, _, _, entsize = self.unpack(
                "IIIIIIIIII", off)
        return {"name_off": n, "type": t, "addr": addr, "offset": offset,
                "size": size, "link": link, "entsize": entsize}

    def symbols(self):
        for s in self.sections:
            if s["type"] != 2:  # SHT_SYMTAB
                continue
            strtab = self.sections[s["link"]]
            for off in range(s["offset"], s["offset"] + s["size"],
                             s["entsize"]):
                if self.is64:
                    name, _, _, shndx, value, size = self.unpack("IBBHQQ", off)
                else:
                    name, value, size, _, _, shndx = self.unpack("IIIBBH", off)
                yield (self.cstr(strtab["offset"] + name), shndx, value, size)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--base")
    ap.add_argument("--skip", action="append", default=[])
    ap.add_argument("elf")
    args = ap.parse_args()
    with open(args.elf, "rb") as f:
        elf = Elf(bytearray(f.read()))
    idx = next(i for i, s in enumerate(elf.sections) if s["name"] == ".BTF_ids")
    sec = elf.sections[idx]
    ids = btf_ids(args.elf, args.base)

    def at(value):  # File offset of a symbol value (address or offset).
        return sec["offset"] + value - (sec["addr"] if sec["addr"] else 0)

    sets = []
    for name, shndx, value, size in elf.symbols():
        if shndx != idx or not name.startswith("__BTF_ID__"):
            continue
        m = re.match(r"__BTF_ID__(set8?)__(.+)$", name)
        if m:
            sets.append((at(value), size, 8 if m.group(1) == "set8" else 4))
            continue
        kind, _, rest = name[len("__BTF_ID__"):].partition("__")
        sym = rest.rpartition("__")[0]
        found = 0 if sym in args.skip else ids.get((KINDS.get(kind), sym), 0)
        if not found:
            print("WARN: resolve_btfids: unresolved symbol %s" % sym,
                  file=sys.stderr)
        struct.pack_into(elf.end + "I", elf.data, at(value), found)
    for off, size, width in sets:
        count = size // width - 1
        struct.pack_into(elf.end + "I", elf.data, off, count)
        first = off + width
        items = [bytes(elf.data[first + i * width:first + (i + 1) * width])
                 for i in range(count)]
        items.sort(key=lambda b: struct.unpack_from(elf.end + "i", b)[0])
        elf.data[first:first + count * width] = b"".join(items)
    with open(args.elf, "wb") as f:
        f.write(elf.data)


if __name__ == "__main__":
    main()
