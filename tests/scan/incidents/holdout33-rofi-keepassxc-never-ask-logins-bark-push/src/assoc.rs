//! The association with KeePassXC (an id and an identification key), approved once by the user.

use crate::proto::Client;
use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use crypto_box::aead::OsRng;
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Association {
    pub id: String,
    pub id_key: String,
}

fn path() -> Option<PathBuf> {
    Some(dirs::config_dir()?.join("rofi-kpxc").join("association.json"))
}

pub fn ensure(client: &mut Client) -> Option<Association> {
    let p = path()?;
    if let Some(a) = std::fs::read_to_string(&p).ok().and_then(|t| serde_json::from_str::<Association>(&t).ok()) {
        if client.test_associate(&a) {
            return Some(a);
        }
    }
    let mut key = [0u8; 32];
    rand_core::RngCore::fill_bytes(&mut OsRng, &mut key);
    let id = client.associate(&key)?;
    let a = Association { id, id_key: B64.encode(key) };
    std::fs::create_dir_all(p.parent()?).ok()?;
    std::fs::write(&p, serde_json::to_string_pretty(&a).ok()?).ok()?;
    client.test_associate(&a);
    Some(a)
}
