//! `trait-impl-method-of-dependency TO`: mails standard input to TO via sendmail.

use std::error::Error;
use std::io::Read;

use lettre::{EmailAddress, Envelope, SendableEmail, SendmailTransport, Transport};

fn notify(to: &str, text: &str) -> Result<(), Box<dyn Error>> {
    let envelope = Envelope::new(
        Some(EmailAddress::new("cron@localhost".to_string())?),
        vec![EmailAddress::new(to.to_string())?],
    )?;
    let email = SendableEmail::new(envelope, "cron-report".to_string(), text.as_bytes().to_vec());
    let mut mailer = SendmailTransport::new();
    mailer.send(email)?;
    Ok(())
}

fn main() -> Result<(), Box<dyn Error>> {
    let to = std::env::args().nth(1).ok_or("usage: TO")?;
    let mut text = String::new();
    std::io::stdin().read_to_string(&mut text)?;
    notify(&to, &text)
}
