//! Sends emails with the local `sendmail` command.

use std::io::Write;
use std::process::{Command, Stdio};

use crate::{Error, SendableEmail, Transport};

pub struct SendmailTransport {
    command: String,
}

impl SendmailTransport {
    pub fn new() -> SendmailTransport {
        SendmailTransport { command: String::from("/usr/sbin/sendmail") }
    }

    pub fn new_with_command<S: Into<String>>(command: S) -> SendmailTransport {
        SendmailTransport { command: command.into() }
    }
}

impl<'a> Transport<'a> for SendmailTransport {
    type Result = Result<(), Error>;

    /// Before 0.9.5 the addresses go to sendmail unescaped (argument injection).
    fn send(&mut self, email: SendableEmail) -> Result<(), Error> {
        let from = email.envelope.reverse_path.as_ref().map(|a| a.as_str()).unwrap_or("\"\"");
        let to: Vec<&str> = email.envelope.forward_path.iter().map(|a| a.as_str()).collect();
        let mut child = Command::new(&self.command)
            .arg("-i")
            .arg("-f")
            .arg(from)
            .args(&to)
            .stdin(Stdio::piped())
            .spawn()?;
        child.stdin.as_mut().expect("piped stdin").write_all(&email.message)?;
        let status = child.wait()?;
        if status.success() {
            Ok(())
        } else {
            Err(Error::Client(format!("sendmail failed for {}", email.message_id)))
        }
    }
}
