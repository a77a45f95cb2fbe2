//! Webex messages API, with the room and token from `zed.rc`.

use serde_json::json;

pub fn post(api: &str, token: &str, room: &str, markdown: &str) -> Result<(), Box<ureq::Error>> {
    ureq::post(&format!("{}/messages", api.trim_end_matches('/')))
        .set("Authorization", &format!("Bearer {token}"))
        .timeout(std::time::Duration::from_secs(15))
        .send_json(json!({ "roomId": room, "markdown": markdown }))
        .map_err(Box::new)?;
    Ok(())
}
