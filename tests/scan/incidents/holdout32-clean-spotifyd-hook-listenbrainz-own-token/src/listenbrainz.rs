//! ListenBrainz `submit-listens` with the user's token.

use crate::{Config, Playing};
use serde_json::json;

pub fn submit(cfg: &Config, kind: &str, p: &Playing, at: Option<u64>) -> bool {
    let mut meta = json!({
        "track_name": p.track, "artist_name": p.artists, "release_name": p.album,
        "additional_info": { "media_player": "spotifyd", "submission_client": "spotifyd-lb",
            "spotify_id": format!("spotify:track:{}", p.id), "duration_ms": p.duration_ms },
    });
    if p.album.is_empty() {
        meta.as_object_mut().unwrap().remove("release_name");
    }
    let listen = match at {
        Some(t) => json!({ "listened_at": t, "track_metadata": meta }),
        None => json!({ "track_metadata": meta }),
    };
    ureq::post(&format!("{}/1/submit-listens", cfg.api.trim_end_matches('/')))
        .set("Authorization", &format!("Token {}", cfg.token))
        .send_json(json!({ "listen_type": kind, "payload": [listen] }))
        .is_ok()
}
