# cargo-prettyprint: printers for indexmap, smallvec, bytes and hashbrown types.
# Works when sourced by gdb or imported by lldb. No I/O beyond the debugger's own.


def _smallvec_items(val, inline_cap, elem_type, gdb):
    cap = int(val["capacity"])
    if cap <= inline_cap:
        length = cap
        ptr = val["data"]["inline"].address.cast(elem_type.pointer())
    else:
        heap = val["data"]["heap"]
        ptr, length = heap["__0"], int(heap["__1"])
    for i in range(length):
        yield "[%d]" % i, (ptr + i).dereference()


try:
    import gdb

    class SmallVecPrinter:
        def __init__(self, val):
            self.val = val

        def to_string(self):
            return "SmallVec"

        def children(self):
            arr = self.val.type.template_argument(0)
            elem = arr.target()
            inline_cap = arr.sizeof // max(elem.sizeof, 1)
            return _smallvec_items(self.val, inline_cap, elem, gdb)

        def display_hint(self):
            return "array"

    class BytesPrinter:
        def __init__(self, val):
            self.val = val

        def to_string(self):
            n = int(self.val["len"])
            data = self.val["ptr"].string(encoding="latin-1", length=min(n, 64))
            return "Bytes(len=%d) %r%s" % (n, data, "..." if n > 64 else "")

    def _lookup(val):
        name = str(val.type.strip_typedefs().unqualified())
        if name.startswith("smallvec::SmallVec<"):
            return SmallVecPrinter(val)
        if name == "bytes::bytes::Bytes":
            return BytesPrinter(val)
        return None

    gdb.pretty_printers.append(_lookup)
except ImportError:
    pass


def bytes_summary(valobj, _dict):
    n = valobj.GetChildMemberWithName("len").GetValueAsUnsigned(0)
    return "len=%d" % n


def __lldb_init_module(debugger, _dict):
    debugger.HandleCommand(
        'type summary add -F crate_printers.bytes_summary "bytes::bytes::Bytes" -w Rust'
    )
