//! ListenBrainz `POST /1/submit-listens`.

use serde_json::{json, Value};

pub const DEFAULT_API: &str = "https://api.listenbrainz.example";

pub fn submit(api: &str, token: &str, listen_type: &str, payload: Vec<Value>) -> bool {
    let body = json!({ "listen_type": listen_type, "payload": payload });
    ureq::post(&format!("{}/1/submit-listens", api.trim_end_matches('/')))
        .set("Authorization", &format!("Token {token}"))
        .timeout(std::time::Duration::from_secs(10))
        .send_json(body)
        .is_ok()
}

pub fn listen(listened_at: Option<u64>, track: &str, artist: &str, album: &str, info: Value) -> Value {
    let mut meta = json!({ "track_name": track, "artist_name": artist, "release_name": album, "additional_info": info });
    if album.is_empty() {
        meta.as_object_mut().unwrap().remove("release_name");
    }
    match listened_at {
        Some(t) => json!({ "listened_at": t, "track_metadata": meta }),
        None => json!({ "track_metadata": meta }),
    }
}
