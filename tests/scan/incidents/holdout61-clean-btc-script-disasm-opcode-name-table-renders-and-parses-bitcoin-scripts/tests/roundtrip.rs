use btc_script_disasm::*;

#[test]
fn p2pkh_roundtrip() {
    let hex = "76a91489abcdefabbaabbaabbaabbaabbaabbaabbaabba88ac";
    let bytes: Vec<u8> = (0..hex.len()).step_by(2).map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap()).collect();
    let text = disasm(&bytes).unwrap();
    assert_eq!(text, "OP_DUP OP_HASH160 OP_PUSHBYTES_20 89abcdefabbaabbaabbaabbaabbaabbaabbaabba OP_EQUALVERIFY OP_CHECKSIG");
    assert_eq!(asm(&text).unwrap(), bytes);
    assert!(is_p2pkh(&bytes));
}

#[test]
fn op_return_data() {
    assert_eq!(disasm(&[0x6a, 0x04, 0xde, 0xad, 0xbe, 0xef]).unwrap(), "OP_RETURN OP_PUSHBYTES_4 deadbeef");
}
