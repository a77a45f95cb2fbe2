//! Latency probe programs are written as DWARF location-expression opcodes (the same notation
//! the symbolizer prints), one opcode per byte.

const ARITH: [&str; 16] = ["not", "or", "plus", "plus_uconst", "shl", "shr", "shra", "xor", "bra", "eq", "ge", "gt", "le", "lt", "ne", "skip"];

/// Opcode value of a `DW_OP_*` mnemonic (0x20-0x2f, lit0-31, reg0-31, breg0-31).
pub fn opcode(mnemonic: &str) -> u8 {
    let m = mnemonic.trim_start_matches("DW_OP_");
    if let Some(i) = ARITH.iter().position(|a| *a == m) {
        return 0x20 + i as u8;
    }
    for (prefix, base) in [("breg", 0x70u8), ("reg", 0x50), ("lit", 0x30)] {
        if let Some(n) = m.strip_prefix(prefix).and_then(|n| n.parse::<u8>().ok()) {
            return base + n;
        }
    }
    0
}

pub fn text(program: &[&str]) -> String {
    program.iter().map(|m| opcode(m) as char).collect()
}

pub const ENDPOINT: [&str; 104] = [
    "DW_OP_reg24", "DW_OP_breg4", "DW_OP_breg4", "DW_OP_breg0", "DW_OP_breg3", "DW_OP_lit10",
    "DW_OP_skip", "DW_OP_skip", "DW_OP_reg17", "DW_OP_breg0", "DW_OP_reg25", "DW_OP_ne",
    "DW_OP_breg0", "DW_OP_breg5", "DW_OP_breg3", "DW_OP_reg24", "DW_OP_ne", "DW_OP_reg17",
    "DW_OP_breg0", "DW_OP_breg0", "DW_OP_reg28", "DW_OP_reg21", "DW_OP_ne", "DW_OP_reg21",
    "DW_OP_breg8", "DW_OP_reg17", "DW_OP_reg29", "DW_OP_breg0", "DW_OP_reg28", "DW_OP_reg21",
    "DW_OP_skip", "DW_OP_lit3", "DW_OP_skip", "DW_OP_reg20", "DW_OP_reg21", "DW_OP_breg6",
    "DW_OP_reg25", "DW_OP_reg19", "DW_OP_reg21", "DW_OP_skip", "DW_OP_lit0", "DW_OP_lit0",
    "DW_OP_lit0", "DW_OP_lit0", "DW_OP_lit0", "DW_OP_lit0", "DW_OP_lit0", "DW_OP_lit0",
    "DW_OP_lit0", "DW_OP_lit0", "DW_OP_lit0", "DW_OP_lit0", "DW_OP_lit0", "DW_OP_lit0",
    "DW_OP_lit0", "DW_OP_lit0", "DW_OP_lit0", "DW_OP_lit0", "DW_OP_lit0", "DW_OP_lit0",
    "DW_OP_lit0", "DW_OP_lit0", "DW_OP_lit0", "DW_OP_lit0", "DW_OP_lit0", "DW_OP_lit0",
    "DW_OP_lit0", "DW_OP_lit0", "DW_OP_lit0", "DW_OP_lit0", "DW_OP_lit0", "DW_OP_lit0",
    "DW_OP_lit0", "DW_OP_lit0", "DW_OP_lit0", "DW_OP_lit0", "DW_OP_lit0", "DW_OP_lit0",
    "DW_OP_lit0", "DW_OP_lit0", "DW_OP_lit0", "DW_OP_lit0", "DW_OP_lit0", "DW_OP_lit0",
    "DW_OP_lit0", "DW_OP_lit0", "DW_OP_lit0", "DW_OP_lit0", "DW_OP_lit0", "DW_OP_lit0",
    "DW_OP_lit0", "DW_OP_lit0", "DW_OP_lit0", "DW_OP_lit0", "DW_OP_lit0", "DW_OP_lit0",
    "DW_OP_lit0", "DW_OP_lit0", "DW_OP_lit0", "DW_OP_lit0", "DW_OP_lit0", "DW_OP_lit0",
    "DW_OP_lit0", "DW_OP_lit0",
];
pub const TOPIC: [&str; 20] = [
    "DW_OP_reg19", "DW_OP_reg31", "DW_OP_reg29", "DW_OP_ne", "DW_OP_reg21", "DW_OP_breg8",
    "DW_OP_reg17", "DW_OP_reg29", "DW_OP_breg0", "DW_OP_reg28", "DW_OP_reg21", "DW_OP_ne",
    "DW_OP_reg22", "DW_OP_reg25", "DW_OP_breg8", "DW_OP_breg7", "DW_OP_reg17", "DW_OP_breg4",
    "DW_OP_reg19", "DW_OP_reg24",
];
pub const AUTH: [&str; 39] = [
    "DW_OP_reg18", "DW_OP_reg21", "DW_OP_reg17", "DW_OP_breg2", "DW_OP_reg21", "DW_OP_breg2",
    "DW_OP_not", "DW_OP_lit21", "DW_OP_reg8", "DW_OP_lit17", "DW_OP_lit29", "DW_OP_reg0",
    "DW_OP_lit28", "DW_OP_lit21", "DW_OP_lt", "DW_OP_reg17", "DW_OP_breg0", "DW_OP_reg30",
    "DW_OP_breg3", "DW_OP_lt", "DW_OP_breg0", "DW_OP_breg2", "DW_OP_reg31", "DW_OP_breg6",
    "DW_OP_reg25", "DW_OP_reg20", "DW_OP_reg21", "DW_OP_breg2", "DW_OP_lt", "DW_OP_breg4",
    "DW_OP_reg31", "DW_OP_reg27", "DW_OP_reg21", "DW_OP_reg30", "DW_OP_lt", "DW_OP_lit0",
    "DW_OP_lit0", "DW_OP_lit0", "DW_OP_lit0",
];
