# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
"""Copy an ELF64 little-endian object, pointing the given relocation section
past the end of the file (sh_offset), as a corrupt or truncated object would.

    corrupt-rela.py IN OUT SECTION
"""
import struct
import sys

src, dst, target = sys.argv[1], sys.argv[2], sys.argv[3].encode()
d = bytearray(open(src, "rb").read())
shoff, = struct.unpack_from("<Q", d, 0x28)
shentsize, shnum, shstrndx = struct.unpack_from("<HHH", d, 0x3A)
strtab_off, = struct.unpack_from("<Q", d, shoff + shstrndx * shentsize + 0x18)
for i in range(shnum):
    hdr = shoff + i * shentsize
    name_off, = struct.unpack_from("<I", d, hdr)
    name = bytes(d[strtab_off + name_off:d.index(b"\0", strtab_off + name_off)])
    if name == target:
        struct.pack_into("<Q", d, hdr + 0x18, len(d) + 0x1000)
        break
else:
    sys.exit("no section %s" % target.decode())
open(dst, "wb").write(d)
