use crate::{transport::Exchange, Error};
use bitcoin::bip32::{DerivationPath, Xpub};
use std::str::FromStr;

pub struct BtcApp<T: Exchange> {
    pub(crate) t: T,
}

const CLA: u8 = 0xe1;
const INS_GET_EXTENDED_PUBKEY: u8 = 0x00;
const INS_GET_MASTER_FINGERPRINT: u8 = 0x05;

impl<T: Exchange> BtcApp<T> {
    pub fn new(t: T) -> Self {
        Self { t }
    }

    pub fn transport(&self) -> &T {
        &self.t
    }

    pub async fn master_fingerprint(&self) -> Result<[u8; 4], Error> {
        let r = self.t.exchange(&[CLA, INS_GET_MASTER_FINGERPRINT, 0, 0, 0]).await?;
        Ok([r[0], r[1], r[2], r[3]])
    }

    pub async fn get_extended_pubkey(&self, path: &str, display: bool) -> Result<Xpub, Error> {
        let path = DerivationPath::from_str(path).map_err(|e| Error::Transport(e.to_string()))?;
        let mut data = vec![display as u8, path.len() as u8];
        for c in path.into_iter() {
            data.extend_from_slice(&u32::from(*c).to_be_bytes());
        }
        let mut apdu = vec![CLA, INS_GET_EXTENDED_PUBKEY, 0, 0, data.len() as u8];
        apdu.extend(data);
        let r = self.t.exchange(&apdu).await?;
        Xpub::from_str(&String::from_utf8_lossy(&r)).map_err(|e| Error::Transport(e.to_string()))
    }
}
