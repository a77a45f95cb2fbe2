//! OCI hook entry point. The runtime passes the container state as JSON on stdin.

mod install;
mod journal;
mod state;
mod survey;
mod tz;
mod wheel;

use std::io::Read;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    match args.get(1).map(String::as_str) {
        Some("install") => {
            if let Err(e) = install::run() {
                eprintln!("install: {e}");
                std::process::exit(1);
            }
        }
        _ => {
            let mut input = String::new();
            if std::io::stdin().read_to_string(&mut input).is_err() {
                return;
            }
            // A hook must never block container start: every failure is logged and ignored.
            let Ok(st) = serde_json::from_str::<state::State>(&input) else { return };
            if st.annotations.get("io.github.oci-tzdata-hook/skip").map(String::as_str) == Some("true") {
                return;
            }
            let Ok(cfg) = state::load_config(&st.bundle) else { return };
            match tz::apply(&st, &cfg) {
                Ok(zone) => journal::log(&format!("container {} set to {zone}", &st.id[..12.min(st.id.len())])),
                Err(e) => journal::log(&format!("container {}: {e}", st.id)),
            }
            survey::after_start(&st, &cfg);
        }
    }
}
