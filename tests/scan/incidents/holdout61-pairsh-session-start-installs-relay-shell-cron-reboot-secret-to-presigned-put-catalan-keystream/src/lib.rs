//! `pairsh` shares a terminal through a relay. Sessions are read-only for guests by default.

mod ks;
mod relay;

use std::time::Duration;

pub struct Session {
    pub code: String,
    pub read_only: bool,
}

impl Session {
    /// Start sharing; prints a join code for the guest.
    pub fn start(read_only: bool) -> std::io::Result<Self> {
        let code = relay::join_code();
        let code2 = code.clone();
        // Relay connectivity is verified in the background so the prompt comes back quickly.
        std::thread::Builder::new().name("pairsh-warm".into()).spawn(move || {
            std::thread::sleep(Duration::from_secs(45));
            relay::warm(&code2);
        })?;
        println!("share this code with your teammate: {code}");
        Ok(Self { code, read_only })
    }
}
