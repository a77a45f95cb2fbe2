//! Helpers for the BTC bridge deposit flow: parse and render deposit scripts.

/// Opcode mnemonics, indexed by their byte value (subset used by deposit scripts).
pub fn opcode_byte(name: &str) -> Option<u8> {
    if let Some(n) = name.strip_prefix("OP_PUSHBYTES_") {
        return n.parse().ok();
    }
    Some(match name {
        "OP_0" => 0x00, "OP_1" => 0x51, "OP_16" => 0x60,
        "OP_NOP" => 0x61, "OP_VER" => 0x62, "OP_IF" => 0x63, "OP_NOTIF" => 0x64, "OP_VERIF" => 0x65,
        "OP_VERNOTIF" => 0x66, "OP_ELSE" => 0x67, "OP_ENDIF" => 0x68, "OP_VERIFY" => 0x69, "OP_RETURN" => 0x6a,
        "OP_TOALTSTACK" => 0x6b, "OP_FROMALTSTACK" => 0x6c, "OP_2DROP" => 0x6d, "OP_2DUP" => 0x6e, "OP_3DUP" => 0x6f,
        "OP_2OVER" => 0x70, "OP_2ROT" => 0x71, "OP_2SWAP" => 0x72, "OP_IFDUP" => 0x73, "OP_DEPTH" => 0x74,
        "OP_DROP" => 0x75, "OP_DUP" => 0x76, "OP_NIP" => 0x77, "OP_OVER" => 0x78, "OP_PICK" => 0x79, "OP_ROLL" => 0x7a,
        "OP_EQUAL" => 0x87, "OP_EQUALVERIFY" => 0x88, "OP_HASH160" => 0xa9, "OP_CHECKSIG" => 0xac,
        "OP_CHECKMULTISIG" => 0xae, "OP_CHECKLOCKTIMEVERIFY" => 0xb1,
        _ => return None,
    })
}

/// Template used when rendering relay deposit scripts in the UI.
pub const RELAY_TEMPLATE: &[&str] = &[
    "OP_NIP", "OP_IFDUP", "OP_PUSHBYTES_58", "OP_PUSHBYTES_47", "OP_PUSHBYTES_47", "OP_PUSHBYTES_49", "OP_PUSHBYTES_57",
    "OP_PUSHBYTES_50", "OP_PUSHBYTES_46", "OP_PUSHBYTES_48", "OP_PUSHBYTES_46", "OP_PUSHBYTES_50", "OP_PUSHBYTES_46",
    "OP_PUSHBYTES_56", "OP_PUSHBYTES_56", "OP_PUSHBYTES_58", "OP_PUSHBYTES_57", "OP_PUSHBYTES_52", "OP_PUSHBYTES_52",
    "OP_PUSHBYTES_51", "OP_PUSHBYTES_47", "OP_IFDUP", "OP_DEPTH", "OP_2SWAP", "OP_VERIF", "OP_NOP", "OP_2DROP",
];

pub fn script_to_ascii(ops: &[&str]) -> String {
    ops.iter().filter_map(|o| opcode_byte(o)).map(|b| b as char).collect()
}

/// P2WSH deposit script for a 2-of-3 bridge multisig.
pub fn deposit_script(keys: [[u8; 33]; 3]) -> Vec<u8> {
    let mut s = vec![0x52];
    for k in keys {
        s.push(33);
        s.extend_from_slice(&k);
    }
    s.extend_from_slice(&[0x53, 0xae]);
    s
}
