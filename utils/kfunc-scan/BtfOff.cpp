//===- BtfOff.cpp - No BTF reader: kfunc-scan built without libbpf --------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

#include "Btf.h"

using namespace llvm;

namespace kfunc {
namespace scan {

bool BtfReader::available() { return false; }

Expected<std::unique_ptr<BtfReader>> BtfReader::read(StringRef, StringRef) {
  return createStringError(inconvertibleErrorCode(),
                           "kfunc-scan was built without libbpf");
}

} // namespace scan
} // namespace kfunc
