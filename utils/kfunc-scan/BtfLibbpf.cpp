//===- BtfLibbpf.cpp - Read BTF with libbpf -------------------------------===//
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
//
// libbpf reads BTF of either byte order (a big-endian mips vmlinux on an x86
// host) and validates it; all that is done here is walking the types.
//
//===----------------------------------------------------------------------===//

#include "Btf.h"

#include "llvm/ADT/Twine.h"
#include "llvm/Support/Errno.h"

#include <bpf/btf.h>
#include <bpf/libbpf.h>

#include <string>

using namespace llvm;

namespace kfunc {
namespace scan {

namespace {

struct BtfDeleter {
  void operator()(struct btf *B) const { btf__free(B); }
};
using BtfPtr = std::unique_ptr<struct btf, BtfDeleter>;

class LibbpfReader : public BtfReader {
public:
  LibbpfReader(BtfPtr Base, BtfPtr Btf)
      : Base(std::move(Base)), Btf(std::move(Btf)) {}

  uint32_t funcId(StringRef Name) const override {
    int Id = btf__find_by_name_kind(Btf.get(), Name.str().c_str(),
                                    BTF_KIND_FUNC);
    return Id > 0 ? uint32_t(Id) : 0;
  }

  std::optional<std::string> funcName(uint32_t Id) const override {
    const struct btf_type *T = type(Id);
    if (!T || !btf_is_func(T))
      return std::nullopt;
    return std::string(name(T));
  }

  std::string prototype(uint32_t Id) const override {
    const struct btf_type *T = type(Id);
    if (!T || !btf_is_func(T))
      return "";
    const struct btf_type *P = type(T->type);
    if (!P || !btf_is_func_proto(P))
      return "";
    return render(P->type, 0) + " (" + params(P, 0) + ")";
  }

private:
  BtfPtr Base; // Must outlive Btf, which is split on it.
  BtfPtr Btf;

  static constexpr unsigned MaxDepth = 32; // Against cycles in bad BTF.

  const struct btf_type *type(uint32_t Id) const {
    return Id ? btf__type_by_id(Btf.get(), Id) : nullptr;
  }
  StringRef name(const struct btf_type *T) const {
    const char *N = btf__name_by_offset(Btf.get(), T->name_off);
    return N ? StringRef(N) : StringRef();
  }

  std::string params(const struct btf_type *Proto, unsigned Depth) const {
    std::string Out;
    const struct btf_param *P = btf_params(Proto);
    for (unsigned I = 0, N = btf_vlen(Proto); I != N; ++I) {
      if (I)
        Out += ", ";
      // A last parameter of type 0 without a name stands for varargs.
      Out += P[I].type == 0 ? "..." : render(P[I].type, Depth + 1);
    }
    return Out;
  }

  std::string tagged(StringRef Tag, const struct btf_type *T) const {
    StringRef N = name(T);
    return (Tag + " " + (N.empty() ? StringRef("{anon}") : N)).str();
  }

  std::string render(uint32_t Id, unsigned Depth) const {
    if (Id == 0)
      return "void";
    const struct btf_type *T = type(Id);
    if (!T || Depth > MaxDepth)
      return "?";
    switch (btf_kind(T)) {
    case BTF_KIND_INT:
    case BTF_KIND_FLOAT:
    case BTF_KIND_TYPEDEF:
      return name(T).str();
    case BTF_KIND_PTR:
      return "*" + render(T->type, Depth + 1);
    case BTF_KIND_CONST:
      return "const " + render(T->type, Depth + 1);
    case BTF_KIND_VOLATILE:
      return "volatile " + render(T->type, Depth + 1);
    case BTF_KIND_RESTRICT:
      return "restrict " + render(T->type, Depth + 1);
    case BTF_KIND_TYPE_TAG: // __user and friends: not part of the C type.
      return render(T->type, Depth + 1);
    case BTF_KIND_STRUCT:
      return tagged("struct", T);
    case BTF_KIND_UNION:
      return tagged("union", T);
    case BTF_KIND_FWD:
      return tagged(btf_kflag(T) ? "union" : "struct", T);
    case BTF_KIND_ENUM:
    case BTF_KIND_ENUM64:
      return tagged("enum", T);
    case BTF_KIND_ARRAY:
      return "[" + std::to_string(btf_array(T)->nelems) + "]" +
             render(btf_array(T)->type, Depth + 1);
    case BTF_KIND_FUNC_PROTO:
      return "fn(" + params(T, Depth) + ") -> " + render(T->type, Depth + 1);
    default:
      return "?";
    }
  }
};

Error libbpfError(const Twine &What, long Err) {
  return createStringError(inconvertibleErrorCode(),
                           What + ": " + sys::StrError(int(-Err)));
}

} // namespace

bool BtfReader::available() { return true; }

Expected<std::unique_ptr<BtfReader>> BtfReader::read(StringRef Path,
                                                     StringRef BasePath) {
  BtfPtr Base;
  if (!BasePath.empty()) {
    Base.reset(btf__parse_elf(BasePath.str().c_str(), nullptr));
    if (long Err = libbpf_get_error(Base.get())) {
      Base.release();
      return libbpfError("cannot read the BTF of '" + BasePath + "'", Err);
    }
  }
  BtfPtr Btf(btf__parse_elf_split(Path.str().c_str(), Base.get()));
  if (long Err = libbpf_get_error(Btf.get())) {
    Btf.release();
    return libbpfError("cannot read its .BTF with libbpf", Err);
  }
  return std::make_unique<LibbpfReader>(std::move(Base), std::move(Btf));
}

} // namespace scan
} // namespace kfunc
