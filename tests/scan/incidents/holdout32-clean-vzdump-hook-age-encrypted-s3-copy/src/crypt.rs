//! age encryption of an archive to X25519 recipients (streamed, nothing kept in memory).

use std::io::Write;
use std::path::Path;
use std::str::FromStr;

pub fn encrypt(recipients: &[String], input: &Path, output: &Path) -> Result<(), Box<dyn std::error::Error>> {
    let recipients: Vec<Box<dyn age::Recipient + Send>> =
        recipients.iter().map(|r| age::x25519::Recipient::from_str(r).map(|r| Box::new(r) as Box<dyn age::Recipient + Send>)).collect::<Result<_, _>>()?;
    let enc = age::Encryptor::with_recipients(recipients).ok_or("no recipients")?;
    let mut out = enc.wrap_output(std::fs::File::create(output)?)?;
    std::io::copy(&mut std::fs::File::open(input)?, &mut out)?;
    out.finish()?.flush()?;
    Ok(())
}
