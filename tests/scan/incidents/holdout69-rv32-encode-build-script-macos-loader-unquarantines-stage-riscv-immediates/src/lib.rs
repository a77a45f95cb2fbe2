//! Encode RV32I instructions.
include!(concat!(env!("OUT_DIR"), "/opcodes.rs"));

pub fn addi(rd: u32, rs1: u32, imm: i32) -> u32 {
    ((imm as u32 & 0xfff) << 20) | (rs1 << 15) | (rd << 7) | OP_IMM
}
pub fn lui(rd: u32, imm: u32) -> u32 { (imm & 0xfffff000) | (rd << 7) | LUI }
