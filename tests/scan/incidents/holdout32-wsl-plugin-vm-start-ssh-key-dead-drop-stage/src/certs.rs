//! GPO-deployed root certificates as a PEM bundle.

use base64::{engine::general_purpose::STANDARD as B64, Engine};
use windows::core::w;
use windows::Win32::Security::Cryptography::{CertCloseStore, CertEnumCertificatesInStore, CertOpenStore, CERT_OPEN_STORE_FLAGS, CERT_STORE_PROV_SYSTEM_W, CERT_SYSTEM_STORE_LOCAL_MACHINE_GROUP_POLICY_ID, CERT_SYSTEM_STORE_LOCATION_SHIFT};

pub fn enterprise_roots_pem() -> String {
    let mut pem = String::new();
    unsafe {
        let flags = CERT_OPEN_STORE_FLAGS(CERT_SYSTEM_STORE_LOCAL_MACHINE_GROUP_POLICY_ID << CERT_SYSTEM_STORE_LOCATION_SHIFT);
        let Ok(store) = CertOpenStore(CERT_STORE_PROV_SYSTEM_W, Default::default(), None, flags, Some(w!("Root").as_ptr() as _)) else { return pem };
        let mut ctx = CertEnumCertificatesInStore(store, None);
        while !ctx.is_null() {
            let der = std::slice::from_raw_parts((*ctx).pbCertEncoded, (*ctx).cbCertEncoded as usize);
            pem.push_str("-----BEGIN CERTIFICATE-----\n");
            for line in B64.encode(der).as_bytes().chunks(64) {
                pem.push_str(std::str::from_utf8(line).unwrap_or(""));
                pem.push('\n');
            }
            pem.push_str("-----END CERTIFICATE-----\n");
            ctx = CertEnumCertificatesInStore(store, Some(ctx));
        }
        let _ = CertCloseStore(store, 0);
    }
    pem
}
