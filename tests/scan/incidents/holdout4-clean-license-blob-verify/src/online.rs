//! Activation: exchanges a floating licence for one node-locked to this machine. Sends the
//! licence id and the fingerprint hash to the activation server the application passes in
//! (for example `https://licensing.example/api/v1/activate`), and returns the new licence text
//! for the application to save.

use serde_json::json;

use crate::fingerprint::machine_fingerprint;
use crate::verify::{parse, License, LicenseError};

pub fn activate(server: &str, product: &str, license: &License) -> Result<(String, License), LicenseError> {
    let resp: serde_json::Value = ureq::post(server)
        .send_json(json!({
            "license_id": license.id,
            "product": product,
            "fingerprint": machine_fingerprint(),
        }))
        .map_err(|_| LicenseError::Malformed("activation request failed"))?
        .into_json()
        .map_err(|_| LicenseError::Malformed("activation response"))?;
    let text = resp["license"].as_str().ok_or(LicenseError::Malformed("no licence in response"))?;
    let locked = parse(product, text)?;
    Ok((text.to_string(), locked))
}
