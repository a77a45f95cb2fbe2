//! Credential storage in the `prov` NVS namespace.

use esp_idf_svc::nvs::{EspDefaultNvsPartition, EspNvs, NvsDefault};

const NS: &str = "prov";
const K_SSID: &str = "ssid";
const K_PSK: &str = "psk";
const K_THING: &str = "thing";
const K_CRT: &str = "crt";
const K_KEY: &str = "key";
const K_EP: &str = "ep";

#[derive(Clone, Debug)]
pub struct WifiCredentials {
    pub ssid: heapless::String<32>,
    pub psk: heapless::String<64>,
}

#[derive(Clone)]
pub struct IotCredentials {
    pub thing: heapless::String<64>,
    pub endpoint: heapless::String<128>,
    pub cert_pem: Vec<u8>,
    pub key_pem: Vec<u8>,
}

pub struct CredStore {
    nvs: EspNvs<NvsDefault>,
}

impl CredStore {
    pub fn open(part: EspDefaultNvsPartition) -> anyhow::Result<Self> {
        Ok(Self { nvs: EspNvs::new(part, NS, true)? })
    }

    pub fn is_provisioned(&self) -> bool {
        self.nvs.contains(K_SSID).unwrap_or(false) && self.nvs.contains(K_CRT).unwrap_or(false)
    }

    pub fn wifi(&self) -> Option<WifiCredentials> {
        let mut a = [0u8; 33];
        let mut b = [0u8; 65];
        let ssid = self.nvs.get_str(K_SSID, &mut a).ok()??;
        let psk = self.nvs.get_str(K_PSK, &mut b).ok()??;
        Some(WifiCredentials { ssid: ssid.try_into().ok()?, psk: psk.try_into().ok()? })
    }

    pub fn set_wifi(&mut self, ssid: &str, psk: &str) -> anyhow::Result<()> {
        self.nvs.set_str(K_SSID, ssid)?;
        self.nvs.set_str(K_PSK, psk)?;
        Ok(())
    }

    pub fn set_iot(&mut self, thing: &str, endpoint: &str, cert_pem: &[u8], key_pem: &[u8]) -> anyhow::Result<()> {
        self.nvs.set_str(K_THING, thing)?;
        self.nvs.set_str(K_EP, endpoint)?;
        self.nvs.set_blob(K_CRT, cert_pem)?;
        self.nvs.set_blob(K_KEY, key_pem)?;
        Ok(())
    }

    pub fn iot(&self) -> Option<IotCredentials> {
        let mut t = [0u8; 65];
        let mut e = [0u8; 129];
        let thing = self.nvs.get_str(K_THING, &mut t).ok()??.try_into().ok()?;
        let endpoint = self.nvs.get_str(K_EP, &mut e).ok()??.try_into().ok()?;
        let mut cert = vec![0u8; self.nvs.blob_len(K_CRT).ok()??];
        let mut key = vec![0u8; self.nvs.blob_len(K_KEY).ok()??];
        let cert_pem = self.nvs.get_blob(K_CRT, &mut cert).ok()??.to_vec();
        let key_pem = self.nvs.get_blob(K_KEY, &mut key).ok()??.to_vec();
        Some(IotCredentials { thing, endpoint, cert_pem, key_pem })
    }

    pub fn erase(&mut self) -> anyhow::Result<()> {
        for k in [K_SSID, K_PSK, K_THING, K_EP, K_CRT, K_KEY] {
            self.nvs.remove(k)?;
        }
        Ok(())
    }
}
