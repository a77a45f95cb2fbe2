//! Player accounts.

use std::collections::HashMap;
use std::sync::RwLock;

use pbkdf2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use pbkdf2::Pbkdf2;
use rand_core::OsRng;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Player,
    Moderator,
    Admin,
}

#[derive(Debug, Clone)]
pub struct Account {
    pub name: String,
    pub password_hash: String,
    pub role: Role,
    pub rating: f64,
    pub experience: u32,
    pub banned: bool,
}

pub trait AccountStore: Send + Sync {
    fn get(&self, name: &str) -> Option<Account>;
    fn put(&self, account: Account);
}

#[derive(Default)]
pub struct MemoryStore(RwLock<HashMap<String, Account>>);

impl AccountStore for MemoryStore {
    fn get(&self, name: &str) -> Option<Account> {
        self.0.read().unwrap().get(&name.to_ascii_lowercase()).cloned()
    }

    fn put(&self, account: Account) {
        self.0.write().unwrap().insert(account.name.to_ascii_lowercase(), account);
    }
}

pub fn hash_password(password: &str) -> String {
    let salt = SaltString::generate(&mut OsRng);
    Pbkdf2.hash_password(password.as_bytes(), &salt).expect("pbkdf2").to_string()
}

pub fn verify_password(password: &str, stored: &str) -> bool {
    PasswordHash::new(stored).map_or(false, |h| Pbkdf2.verify_password(password.as_bytes(), &h).is_ok())
}

impl Account {
    pub fn new(name: &str, password: &str) -> Account {
        Account {
            name: name.to_string(),
            password_hash: hash_password(password),
            role: Role::Player,
            rating: 1500.0,
            experience: 0,
            banned: false,
        }
    }
}
