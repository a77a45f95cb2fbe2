//! Sends the nightly report through the company relay.

use lettre::{Message, SmtpTransport, Transport};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let body = std::env::args().nth(1).unwrap_or_else(|| "all green".to_string());
    let email = Message::builder()
        .from("ops@example.com".parse()?)
        .to("team@example.com".parse()?)
        .subject("nightly report")
        .body(body)?;
    let mailer = SmtpTransport::relay("smtp.example.com")?.port(465).build();
    let sent = mailer.send(&email)?;
    println!("sent {} bytes", sent);
    Ok(())
}
