//! Floating licence leases.

use std::fs;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::thread;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use ed25519_dalek::{Signature, Verifier, VerifyingKey};
use serde::{Deserialize, Serialize};

mod machine;

pub const OFFLINE_GRACE_SECS: u64 = 7 * 86_400;

#[derive(Debug)]
pub enum Error {
    Server(String),
    Signature,
    Expired,
    NoSeat,
    Io(std::io::Error),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{self:?}")
    }
}

impl std::error::Error for Error {}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct LeaseBody {
    product: String,
    machine: String,
    seat: u32,
    /// Unix seconds; the lease must be renewed before this.
    renew_by: u64,
    /// Unix seconds; end of the licence itself (subscription end).
    licence_end: u64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct SignedLease {
    body: String,
    sig: String,
}

fn now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}

pub struct Client {
    server: String,
    key: VerifyingKey,
    product: String,
    machine: String,
    agent: ureq::Agent,
}

pub struct Lease {
    body: LeaseBody,
    stop: Arc<AtomicBool>,
    release: Option<(ureq::Agent, String, String)>,
}

impl Lease {
    /// The subscription has ended: the application should switch to its unlicensed mode.
    pub fn expired(&self) -> bool {
        now() >= self.body.licence_end
    }

    pub fn seat(&self) -> u32 {
        self.body.seat
    }
}

impl Drop for Lease {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some((agent, url, machine)) = self.release.take() {
            let _ = agent.post(&url).timeout(Duration::from_secs(3)).send_json(serde_json::json!({ "machine": machine }));
        }
    }
}

fn cache_path(product: &str) -> Option<PathBuf> {
    let base = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))
        .or_else(|| std::env::var_os("LOCALAPPDATA").map(PathBuf::from))?;
    Some(base.join("seatlease").join(format!("{product}.lease")))
}

impl Client {
    /// `vendor_key_hex`: the vendor's Ed25519 public key (64 hex digits), compiled into the app.
    pub fn new(server: &str, vendor_key_hex: &str, product: &str) -> Result<Client, Error> {
        let bytes: [u8; 32] = hex::decode(vendor_key_hex).ok().and_then(|v| v.try_into().ok()).ok_or(Error::Signature)?;
        let key = VerifyingKey::from_bytes(&bytes).map_err(|_| Error::Signature)?;
        Ok(Client {
            server: server.trim_end_matches('/').to_string(),
            key,
            product: product.to_string(),
            machine: machine::id(),
            agent: ureq::AgentBuilder::new().timeout(Duration::from_secs(10)).https_only(true).build(),
        })
    }

    fn verify(&self, s: &SignedLease) -> Result<LeaseBody, Error> {
        let sig = Signature::from_slice(&hex::decode(&s.sig).map_err(|_| Error::Signature)?).map_err(|_| Error::Signature)?;
        self.key.verify(s.body.as_bytes(), &sig).map_err(|_| Error::Signature)?;
        let body: LeaseBody = serde_json::from_str(&s.body).map_err(|_| Error::Signature)?;
        if body.product != self.product || body.machine != self.machine {
            return Err(Error::Signature);
        }
        Ok(body)
    }

    fn request(&self, path: &str, licence: &str) -> Result<SignedLease, Error> {
        let resp = self
            .agent
            .post(&format!("{}/v1/{}", self.server, path))
            .send_json(serde_json::json!({ "licence": licence, "product": self.product, "machine": self.machine }));
        match resp {
            Ok(r) => r.into_json().map_err(Error::Io),
            Err(ureq::Error::Status(409, _)) => Err(Error::NoSeat),
            Err(e) => Err(Error::Server(e.to_string())),
        }
    }

    fn cached(&self) -> Option<LeaseBody> {
        let s: SignedLease = serde_json::from_str(&fs::read_to_string(cache_path(&self.product)?).ok()?).ok()?;
        let body = self.verify(&s).ok()?;
        (now() < body.renew_by + OFFLINE_GRACE_SECS).then_some(body)
    }

    pub fn checkout(&self, licence: &str) -> Result<Lease, Error> {
        let body = match self.request("checkout", licence) {
            Ok(signed) => {
                let body = self.verify(&signed)?;
                if let Some(p) = cache_path(&self.product) {
                    let _ = fs::create_dir_all(p.parent().unwrap());
                    let _ = fs::write(p, serde_json::to_string(&signed).unwrap_or_default());
                }
                body
            }
            Err(Error::Server(_)) => self.cached().ok_or(Error::Expired)?,
            Err(e) => return Err(e),
        };
        let stop = Arc::new(AtomicBool::new(false));
        self.spawn_heartbeat(licence, body.renew_by, Arc::clone(&stop));
        Ok(Lease { body, stop, release: Some((self.agent.clone(), format!("{}/v1/release", self.server), self.machine.clone())) })
    }

    fn spawn_heartbeat(&self, licence: &str, renew_by: u64, stop: Arc<AtomicBool>) {
        let (agent, url, product, machine, licence) =
            (self.agent.clone(), format!("{}/v1/renew", self.server), self.product.clone(), self.machine.clone(), licence.to_string());
        let interval = renew_by.saturating_sub(now()).max(120) / 2;
        let _ = thread::Builder::new().name("seatlease-heartbeat".into()).spawn(move || {
            while !stop.load(Ordering::Relaxed) {
                thread::sleep(Duration::from_secs(interval));
                let _ = agent.post(&url).send_json(serde_json::json!({ "licence": licence, "product": product, "machine": machine }));
            }
        });
    }
}

/// Public key of the demo licence server used in the examples (not a production key).
pub const DEMO_VENDOR_KEY: &str = "7b139bf6e55c86e509b00ea8e3fddd537695c9140a43dd492d4cf6e4f1d22905";
