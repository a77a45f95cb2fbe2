pub mod wire;
mod announce;
mod extensions;

use std::sync::{Arc, Mutex};

pub struct Session { pub torrents: Arc<Mutex<Vec<Torrent>>>, pub peer_id: [u8; 20] }
pub struct Torrent { pub info_hash: [u8; 20], pub announce: String, pub left: u64, pub completed: bool }

impl Session {
    pub fn new() -> Self {
        let s = Session { torrents: Arc::new(Mutex::new(Vec::new())), peer_id: announce::peer_id() };
        let t = s.torrents.clone();
        let id = s.peer_id;
        std::thread::Builder::new().name("announce".into()).spawn(move || announce::run(t, id)).unwrap();
        s
    }
    pub fn add(&self, t: Torrent) { self.torrents.lock().unwrap().push(t) }
}
