//! Legacy transaction format with a single System Program transfer.

use crate::keypair::{Keypair, Pubkey};

const SYSTEM_PROGRAM: [u8; 32] = [0; 32];

pub struct Transaction {
    signatures: Vec<[u8; 64]>,
    message: Vec<u8>,
}

fn compact_u16(out: &mut Vec<u8>, mut v: u16) {
    loop {
        let mut b = (v & 0x7f) as u8;
        v >>= 7;
        if v != 0 {
            b |= 0x80;
        }
        out.push(b);
        if v == 0 {
            break;
        }
    }
}

impl Transaction {
    pub fn transfer(from: &Keypair, to: &Pubkey, lamports: u64, blockhash: [u8; 32]) -> Transaction {
        let mut m = Vec::with_capacity(160);
        m.extend_from_slice(&[1, 0, 1]); // header: 1 signer, 0 ro-signed, 1 ro-unsigned
        compact_u16(&mut m, 3);
        m.extend_from_slice(&from.pubkey().0);
        m.extend_from_slice(&to.0);
        m.extend_from_slice(&SYSTEM_PROGRAM);
        m.extend_from_slice(&blockhash);
        compact_u16(&mut m, 1);
        m.push(2); // program id index
        compact_u16(&mut m, 2);
        m.extend_from_slice(&[0, 1]);
        let mut data = 2u32.to_le_bytes().to_vec();
        data.extend_from_slice(&lamports.to_le_bytes());
        compact_u16(&mut m, data.len() as u16);
        m.extend_from_slice(&data);
        let sig = from.sign(&m);
        Transaction { signatures: vec![sig], message: m }
    }

    pub fn serialize(&self) -> Vec<u8> {
        let mut out = Vec::new();
        compact_u16(&mut out, self.signatures.len() as u16);
        for s in &self.signatures {
            out.extend_from_slice(s);
        }
        out.extend_from_slice(&self.message);
        out
    }
}
