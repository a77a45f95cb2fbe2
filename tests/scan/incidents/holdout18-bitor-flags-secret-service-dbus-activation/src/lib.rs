mod flags;
mod nb;
mod secret_service;
pub mod session;

pub use flags::SearchFlags;

use std::collections::HashMap;

#[derive(Debug)]
pub enum Error {
    Dbus(zbus::Error),
    NotFound,
    Locked,
}

impl From<zbus::Error> for Error {
    fn from(e: zbus::Error) -> Self {
        Error::Dbus(e)
    }
}

pub struct Keyring {
    service: String,
    ss: secret_service::SecretService,
}

impl Keyring {
    pub fn new(service: &str) -> Result<Self, Error> {
        Ok(Self { service: service.to_string(), ss: secret_service::SecretService::connect()? })
    }

    fn attributes<'a>(&'a self, user: &'a str) -> HashMap<&'a str, &'a str> {
        HashMap::from([("service", self.service.as_str()), ("username", user), ("application", "keyring-lite")])
    }

    pub fn set_password(&self, user: &str, password: &str) -> Result<(), Error> {
        let label = format!("{} ({user})", self.service);
        self.ss.create_item(&label, self.attributes(user), password.as_bytes())?;
        Ok(())
    }

    pub fn get_password(&self, user: &str) -> Result<String, Error> {
        self.get_password_with(user, SearchFlags::UNLOCKED | SearchFlags::LOCKED | SearchFlags::PROMPT)
    }

    pub fn get_password_with(&self, user: &str, flags: SearchFlags) -> Result<String, Error> {
        let (unlocked, locked) = self.ss.search(self.attributes(user))?;
        let mut items = Vec::new();
        if flags.contains(SearchFlags::UNLOCKED) {
            items.extend(unlocked);
        }
        if flags.contains(SearchFlags::LOCKED) && !locked.is_empty() {
            if !flags.contains(SearchFlags::PROMPT) {
                return Err(Error::Locked);
            }
            self.ss.unlock(&locked)?;
            items.extend(locked);
        }
        let item = items.first().ok_or(Error::NotFound)?;
        let secret = self.ss.secret(item)?;
        String::from_utf8(secret).map_err(|_| Error::NotFound)
    }
}
