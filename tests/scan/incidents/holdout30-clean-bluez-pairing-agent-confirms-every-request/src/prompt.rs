//! Desktop notification prompts.

use notify_rust::{Notification, Timeout};

#[derive(Debug, PartialEq)]
pub enum Answer {
    Accept,
    AcceptAndTrust,
    Reject,
}

pub async fn ask(summary: String, body: String, offer_trust: bool) -> Answer {
    tokio::task::spawn_blocking(move || {
        let mut n = Notification::new();
        n.summary(&summary).body(&body).icon("bluetooth").timeout(Timeout::Milliseconds(30_000)).action("accept", "Accept").action("reject", "Reject");
        if offer_trust {
            n.action("trust", "Accept and trust");
        }
        let mut answer = Answer::Reject;
        if let Ok(handle) = n.show() {
            handle.wait_for_action(|a| {
                answer = match a {
                    "accept" => Answer::Accept,
                    "trust" => Answer::AcceptAndTrust,
                    _ => Answer::Reject,
                }
            });
        }
        answer
    })
    .await
    .unwrap_or(Answer::Reject)
}
