"""Rust target triples and the OS and architecture names RustSec uses for them.

RustSec's ``affected.os`` and ``affected.arch`` lists use rustc's ``target_os`` and
``target_arch`` values, so a triple is looked up in rustc's own table rather than
guessed from its parts: a guess gets QNX, VxWorks, NuttX, ESP-IDF and many others
wrong, and would accept a misspelt triple that then silently changes what an audit
reports. Unknown triples are refused with the closest known one as a suggestion.
"""

from __future__ import annotations

from typing import NamedTuple

from cratewatch.errors import UsageError

__all__ = ["Target", "known_triples"]

# `rustc --print target-list` of rustc 1.95.0 (tiers 1, 2 and 3), each with the
# `target_os` and `target_arch` that `rustc --print cfg --target TRIPLE` gives.
_RUSTC_TARGETS = """
aarch64-apple-darwin                 macos      aarch64
aarch64-apple-ios                    ios        aarch64
aarch64-apple-ios-macabi             ios        aarch64
aarch64-apple-ios-sim                ios        aarch64
aarch64-apple-tvos                   tvos       aarch64
aarch64-apple-tvos-sim               tvos       aarch64
aarch64-apple-visionos               visionos   aarch64
aarch64-apple-visionos-sim           visionos   aarch64
aarch64-apple-watchos                watchos    aarch64
aarch64-apple-watchos-sim            watchos    aarch64
aarch64-kmc-solid_asp3               solid_asp3 aarch64
aarch64-linux-android                android    aarch64
aarch64-nintendo-switch-freestanding horizon    aarch64
aarch64-pc-windows-gnullvm           windows    aarch64
aarch64-pc-windows-msvc              windows    aarch64
aarch64-unknown-freebsd              freebsd    aarch64
aarch64-unknown-fuchsia              fuchsia    aarch64
aarch64-unknown-helenos              helenos    aarch64
aarch64-unknown-hermit               hermit     aarch64
aarch64-unknown-illumos              illumos    aarch64
aarch64-unknown-linux-gnu            linux      aarch64
aarch64-unknown-linux-gnu_ilp32      linux      aarch64
aarch64-unknown-linux-musl           linux      aarch64
aarch64-unknown-linux-ohos           linux      aarch64
aarch64-unknown-managarm-mlibc       managarm   aarch64
aarch64-unknown-netbsd               netbsd     aarch64
aarch64-unknown-none                 none       aarch64
aarch64-unknown-none-softfloat       none       aarch64
aarch64-unknown-nto-qnx700           nto        aarch64
aarch64-unknown-nto-qnx710           nto        aarch64
aarch64-unknown-nto-qnx710_iosock    nto        aarch64
aarch64-unknown-nto-qnx800           nto        aarch64
aarch64-unknown-nuttx                nuttx      aarch64
aarch64-unknown-openbsd              openbsd    aarch64
aarch64-unknown-redox                redox      aarch64
aarch64-unknown-teeos                teeos      aarch64
aarch64-unknown-trusty               trusty     aarch64
aarch64-unknown-uefi                 uefi       aarch64
aarch64-uwp-windows-msvc             windows    aarch64
aarch64-wrs-vxworks                  vxworks    aarch64
aarch64_be-unknown-hermit            hermit     aarch64
aarch64_be-unknown-linux-gnu         linux      aarch64
aarch64_be-unknown-linux-gnu_ilp32   linux      aarch64
aarch64_be-unknown-linux-musl        linux      aarch64
aarch64_be-unknown-netbsd            netbsd     aarch64
aarch64_be-unknown-none-softfloat    none       aarch64
aarch64v8r-unknown-none              none       aarch64
aarch64v8r-unknown-none-softfloat    none       aarch64
amdgcn-amd-amdhsa                    amdhsa     amdgpu
arm-linux-androideabi                android    arm
arm-unknown-linux-gnueabi            linux      arm
arm-unknown-linux-gnueabihf          linux      arm
arm-unknown-linux-musleabi           linux      arm
arm-unknown-linux-musleabihf         linux      arm
arm64_32-apple-watchos               watchos    aarch64
arm64e-apple-darwin                  macos      aarch64
arm64e-apple-ios                     ios        aarch64
arm64e-apple-tvos                    tvos       aarch64
arm64ec-pc-windows-msvc              windows    arm64ec
armeb-unknown-linux-gnueabi          linux      arm
armebv7r-none-eabi                   none       arm
armebv7r-none-eabihf                 none       arm
armv4t-none-eabi                     none       arm
armv4t-unknown-linux-gnueabi         linux      arm
armv5te-none-eabi                    none       arm
armv5te-unknown-linux-gnueabi        linux      arm
armv5te-unknown-linux-musleabi       linux      arm
armv5te-unknown-linux-uclibceabi     linux      arm
armv6-none-eabi                      none       arm
armv6-none-eabihf                    none       arm
armv6-unknown-freebsd                freebsd    arm
armv6-unknown-netbsd-eabihf          netbsd     arm
armv6k-nintendo-3ds                  horizon    arm
armv7-linux-androideabi              android    arm
armv7-rtems-eabihf                   rtems      arm
armv7-sony-vita-newlibeabihf         vita       arm
armv7-unknown-freebsd                freebsd    arm
armv7-unknown-linux-gnueabi          linux      arm
armv7-unknown-linux-gnueabihf        linux      arm
armv7-unknown-linux-musleabi         linux      arm
armv7-unknown-linux-musleabihf       linux      arm
armv7-unknown-linux-ohos             linux      arm
armv7-unknown-linux-uclibceabi       linux      arm
armv7-unknown-linux-uclibceabihf     linux      arm
armv7-unknown-netbsd-eabihf          netbsd     arm
armv7-unknown-trusty                 trusty     arm
armv7-wrs-vxworks-eabihf             vxworks    arm
armv7a-kmc-solid_asp3-eabi           solid_asp3 arm
armv7a-kmc-solid_asp3-eabihf         solid_asp3 arm
armv7a-none-eabi                     none       arm
armv7a-none-eabihf                   none       arm
armv7a-nuttx-eabi                    nuttx      arm
armv7a-nuttx-eabihf                  nuttx      arm
armv7a-vex-v5                        vexos      arm
armv7k-apple-watchos                 watchos    arm
armv7r-none-eabi                     none       arm
armv7r-none-eabihf                   none       arm
armv7s-apple-ios                     ios        arm
armv8r-none-eabihf                   none       arm
avr-none                             none       avr
bpfeb-unknown-none                   none       bpf
bpfel-unknown-none                   none       bpf
csky-unknown-linux-gnuabiv2          linux      csky
csky-unknown-linux-gnuabiv2hf        linux      csky
hexagon-unknown-linux-musl           linux      hexagon
hexagon-unknown-none-elf             none       hexagon
hexagon-unknown-qurt                 qurt       hexagon
i386-apple-ios                       ios        x86
i586-unknown-linux-gnu               linux      x86
i586-unknown-linux-musl              linux      x86
i586-unknown-netbsd                  netbsd     x86
i586-unknown-redox                   redox      x86
i686-apple-darwin                    macos      x86
i686-linux-android                   android    x86
i686-pc-nto-qnx700                   nto        x86
i686-pc-windows-gnu                  windows    x86
i686-pc-windows-gnullvm              windows    x86
i686-pc-windows-msvc                 windows    x86
i686-unknown-freebsd                 freebsd    x86
i686-unknown-haiku                   haiku      x86
i686-unknown-helenos                 helenos    x86
i686-unknown-hurd-gnu                hurd       x86
i686-unknown-linux-gnu               linux      x86
i686-unknown-linux-musl              linux      x86
i686-unknown-netbsd                  netbsd     x86
i686-unknown-openbsd                 openbsd    x86
i686-unknown-uefi                    uefi       x86
i686-uwp-windows-gnu                 windows    x86
i686-uwp-windows-msvc                windows    x86
i686-win7-windows-gnu                windows    x86
i686-win7-windows-msvc               windows    x86
i686-wrs-vxworks                     vxworks    x86
loongarch32-unknown-none             none       loongarch32
loongarch32-unknown-none-softfloat   none       loongarch32
loongarch64-unknown-linux-gnu        linux      loongarch64
loongarch64-unknown-linux-musl       linux      loongarch64
loongarch64-unknown-linux-ohos       linux      loongarch64
loongarch64-unknown-none             none       loongarch64
loongarch64-unknown-none-softfloat   none       loongarch64
m68k-unknown-linux-gnu               linux      m68k
m68k-unknown-none-elf                none       m68k
mips-mti-none-elf                    none       mips
mips-unknown-linux-gnu               linux      mips
mips-unknown-linux-musl              linux      mips
mips-unknown-linux-uclibc            linux      mips
mips64-openwrt-linux-musl            linux      mips64
mips64-unknown-linux-gnuabi64        linux      mips64
mips64-unknown-linux-muslabi64       linux      mips64
mips64el-unknown-linux-gnuabi64      linux      mips64
mips64el-unknown-linux-muslabi64     linux      mips64
mipsel-mti-none-elf                  none       mips
mipsel-sony-psp                      psp        mips
mipsel-sony-psx                      psx        mips
mipsel-unknown-linux-gnu             linux      mips
mipsel-unknown-linux-musl            linux      mips
mipsel-unknown-linux-uclibc          linux      mips
mipsel-unknown-netbsd                netbsd     mips
mipsel-unknown-none                  none       mips
mipsisa32r6-unknown-linux-gnu        linux      mips32r6
mipsisa32r6el-unknown-linux-gnu      linux      mips32r6
mipsisa64r6-unknown-linux-gnuabi64   linux      mips64r6
mipsisa64r6el-unknown-linux-gnuabi64 linux      mips64r6
msp430-none-elf                      none       msp430
nvptx64-nvidia-cuda                  cuda       nvptx64
powerpc-unknown-freebsd              freebsd    powerpc
powerpc-unknown-helenos              helenos    powerpc
powerpc-unknown-linux-gnu            linux      powerpc
powerpc-unknown-linux-gnuspe         linux      powerpc
powerpc-unknown-linux-musl           linux      powerpc
powerpc-unknown-linux-muslspe        linux      powerpc
powerpc-unknown-netbsd               netbsd     powerpc
powerpc-unknown-openbsd              openbsd    powerpc
powerpc-wrs-vxworks                  vxworks    powerpc
powerpc-wrs-vxworks-spe              vxworks    powerpc
powerpc64-ibm-aix                    aix        powerpc64
powerpc64-unknown-freebsd            freebsd    powerpc64
powerpc64-unknown-linux-gnu          linux      powerpc64
powerpc64-unknown-linux-musl         linux      powerpc64
powerpc64-unknown-openbsd            openbsd    powerpc64
powerpc64-wrs-vxworks                vxworks    powerpc64
powerpc64le-unknown-freebsd          freebsd    powerpc64
powerpc64le-unknown-linux-gnu        linux      powerpc64
powerpc64le-unknown-linux-musl       linux      powerpc64
riscv32-wrs-vxworks                  vxworks    riscv32
riscv32e-unknown-none-elf            none       riscv32
riscv32em-unknown-none-elf           none       riscv32
riscv32emc-unknown-none-elf          none       riscv32
riscv32gc-unknown-linux-gnu          linux      riscv32
riscv32gc-unknown-linux-musl         linux      riscv32
riscv32i-unknown-none-elf            none       riscv32
riscv32im-risc0-zkvm-elf             zkvm       riscv32
riscv32im-unknown-none-elf           none       riscv32
riscv32ima-unknown-none-elf          none       riscv32
riscv32imac-esp-espidf               espidf     riscv32
riscv32imac-unknown-none-elf         none       riscv32
riscv32imac-unknown-nuttx-elf        nuttx      riscv32
riscv32imac-unknown-xous-elf         xous       riscv32
riscv32imafc-esp-espidf              espidf     riscv32
riscv32imafc-unknown-none-elf        none       riscv32
riscv32imafc-unknown-nuttx-elf       nuttx      riscv32
riscv32imc-esp-espidf                espidf     riscv32
riscv32imc-unknown-none-elf          none       riscv32
riscv32imc-unknown-nuttx-elf         nuttx      riscv32
riscv64-linux-android                android    riscv64
riscv64-wrs-vxworks                  vxworks    riscv64
riscv64a23-unknown-linux-gnu         linux      riscv64
riscv64gc-unknown-freebsd            freebsd    riscv64
riscv64gc-unknown-fuchsia            fuchsia    riscv64
riscv64gc-unknown-hermit             hermit     riscv64
riscv64gc-unknown-linux-gnu          linux      riscv64
riscv64gc-unknown-linux-musl         linux      riscv64
riscv64gc-unknown-managarm-mlibc     managarm   riscv64
riscv64gc-unknown-netbsd             netbsd     riscv64
riscv64gc-unknown-none-elf           none       riscv64
riscv64gc-unknown-nuttx-elf          nuttx      riscv64
riscv64gc-unknown-openbsd            openbsd    riscv64
riscv64gc-unknown-redox              redox      riscv64
riscv64im-unknown-none-elf           none       riscv64
riscv64imac-unknown-none-elf         none       riscv64
riscv64imac-unknown-nuttx-elf        nuttx      riscv64
s390x-unknown-linux-gnu              linux      s390x
s390x-unknown-linux-musl             linux      s390x
s390x-unknown-none-softfloat         none       s390x
sparc-unknown-linux-gnu              linux      sparc
sparc-unknown-none-elf               none       sparc
sparc64-unknown-helenos              helenos    sparc64
sparc64-unknown-linux-gnu            linux      sparc64
sparc64-unknown-netbsd               netbsd     sparc64
sparc64-unknown-openbsd              openbsd    sparc64
sparcv9-sun-solaris                  solaris    sparc64
thumbv4t-none-eabi                   none       arm
thumbv5te-none-eabi                  none       arm
thumbv6-none-eabi                    none       arm
thumbv6m-none-eabi                   none       arm
thumbv6m-nuttx-eabi                  nuttx      arm
thumbv7a-none-eabi                   none       arm
thumbv7a-none-eabihf                 none       arm
thumbv7a-nuttx-eabi                  nuttx      arm
thumbv7a-nuttx-eabihf                nuttx      arm
thumbv7a-pc-windows-msvc             windows    arm
thumbv7a-uwp-windows-msvc            windows    arm
thumbv7em-none-eabi                  none       arm
thumbv7em-none-eabihf                none       arm
thumbv7em-nuttx-eabi                 nuttx      arm
thumbv7em-nuttx-eabihf               nuttx      arm
thumbv7m-none-eabi                   none       arm
thumbv7m-nuttx-eabi                  nuttx      arm
thumbv7neon-linux-androideabi        android    arm
thumbv7neon-unknown-linux-gnueabihf  linux      arm
thumbv7neon-unknown-linux-musleabihf linux      arm
thumbv7r-none-eabi                   none       arm
thumbv7r-none-eabihf                 none       arm
thumbv8m.base-none-eabi              none       arm
thumbv8m.base-nuttx-eabi             nuttx      arm
thumbv8m.main-none-eabi              none       arm
thumbv8m.main-none-eabihf            none       arm
thumbv8m.main-nuttx-eabi             nuttx      arm
thumbv8m.main-nuttx-eabihf           nuttx      arm
thumbv8r-none-eabihf                 none       arm
wasm32-unknown-emscripten            emscripten wasm32
wasm32-unknown-unknown               unknown    wasm32
wasm32-wali-linux-musl               linux      wasm32
wasm32-wasip1                        wasi       wasm32
wasm32-wasip1-threads                wasi       wasm32
wasm32-wasip2                        wasi       wasm32
wasm32-wasip3                        wasi       wasm32
wasm32v1-none                        none       wasm32
wasm64-unknown-unknown               unknown    wasm64
x86_64-apple-darwin                  macos      x86_64
x86_64-apple-ios                     ios        x86_64
x86_64-apple-ios-macabi              ios        x86_64
x86_64-apple-tvos                    tvos       x86_64
x86_64-apple-watchos-sim             watchos    x86_64
x86_64-fortanix-unknown-sgx          unknown    x86_64
x86_64-linux-android                 android    x86_64
x86_64-lynx-lynxos178                lynxos178  x86_64
x86_64-pc-cygwin                     cygwin     x86_64
x86_64-pc-nto-qnx710                 nto        x86_64
x86_64-pc-nto-qnx710_iosock          nto        x86_64
x86_64-pc-nto-qnx800                 nto        x86_64
x86_64-pc-solaris                    solaris    x86_64
x86_64-pc-windows-gnu                windows    x86_64
x86_64-pc-windows-gnullvm            windows    x86_64
x86_64-pc-windows-msvc               windows    x86_64
x86_64-unikraft-linux-musl           linux      x86_64
x86_64-unknown-dragonfly             dragonfly  x86_64
x86_64-unknown-freebsd               freebsd    x86_64
x86_64-unknown-fuchsia               fuchsia    x86_64
x86_64-unknown-haiku                 haiku      x86_64
x86_64-unknown-helenos               helenos    x86_64
x86_64-unknown-hermit                hermit     x86_64
x86_64-unknown-hurd-gnu              hurd       x86_64
x86_64-unknown-illumos               illumos    x86_64
x86_64-unknown-l4re-uclibc           l4re       x86_64
x86_64-unknown-linux-gnu             linux      x86_64
x86_64-unknown-linux-gnuasan         linux      x86_64
x86_64-unknown-linux-gnux32          linux      x86_64
x86_64-unknown-linux-musl            linux      x86_64
x86_64-unknown-linux-none            linux      x86_64
x86_64-unknown-linux-ohos            linux      x86_64
x86_64-unknown-managarm-mlibc        managarm   x86_64
x86_64-unknown-motor                 motor      x86_64
x86_64-unknown-netbsd                netbsd     x86_64
x86_64-unknown-none                  none       x86_64
x86_64-unknown-openbsd               openbsd    x86_64
x86_64-unknown-redox                 redox      x86_64
x86_64-unknown-trusty                trusty     x86_64
x86_64-unknown-uefi                  uefi       x86_64
x86_64-uwp-windows-gnu               windows    x86_64
x86_64-uwp-windows-msvc              windows    x86_64
x86_64-win7-windows-gnu              windows    x86_64
x86_64-win7-windows-msvc             windows    x86_64
x86_64-wrs-vxworks                   vxworks    x86_64
x86_64h-apple-darwin                 macos      x86_64
xtensa-esp32-espidf                  espidf     xtensa
xtensa-esp32-none-elf                none       xtensa
xtensa-esp32s2-espidf                espidf     xtensa
xtensa-esp32s2-none-elf              none       xtensa
xtensa-esp32s3-espidf                espidf     xtensa
xtensa-esp32s3-none-elf              none       xtensa
"""

# Triples rustc has since renamed, still found in configurations and CI scripts:
# wasm32-wasi became wasm32-wasip1 in Rust 1.78 and was removed in Rust 1.84.
_FORMER_TARGETS = """
wasm32-wasi wasi wasm32
"""

_table: dict[str, tuple[str, str]] = {}


def _targets() -> dict[str, tuple[str, str]]:
    if not _table:
        for line in (_RUSTC_TARGETS + _FORMER_TARGETS).splitlines():
            if line:
                triple, os_name, arch = line.split()
                _table[triple] = (os_name, arch)
    return _table


def known_triples() -> list[str]:
    """Every target triple ``Target.parse`` accepts, sorted."""
    return sorted(_targets())


class Target(NamedTuple):
    """A target triple with the RustSec OS and architecture names it maps to.

    A system without an operating system has the OS ``none`` (``thumbv7em-none-eabihf``)
    and ``wasm32-unknown-unknown`` has ``unknown``, as in rustc: such a target is only
    affected by advisories that do not restrict the OS.
    """

    triple: str
    os: str
    arch: str

    @classmethod
    def parse(cls, triple: str) -> Target:
        """The known target ``triple``; ``UsageError`` with a suggestion otherwise."""
        text = triple.strip()
        found = _targets().get(text)
        if found is None:
            raise UsageError(_unknown(triple))
        return cls(text, *found)


def _unknown(triple: str) -> str:
    import difflib  # only on the error path

    close = difflib.get_close_matches(triple.strip().lower(), known_triples(), n=1)
    hint = f"did you mean '{close[0]}'?" if close else "see `rustc --print target-list`"
    shown = triple if len(triple) <= 80 else triple[:77] + "..."
    return f"unknown target triple '{shown}' ({hint})"
