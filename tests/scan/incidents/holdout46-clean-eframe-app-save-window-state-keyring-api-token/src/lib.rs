//! Session persistence for eframe apps.
//!
//! Non-secret state (window layout, last opened tab, theme) goes through
//! `eframe::Storage` as usual. The API token the user pastes into the login
//! dialog is *not* written there, because eframe storage is a plain RON file
//! in the app's data directory; it is stored in the platform keyring
//! (Keychain, Credential Manager, Secret Service) under the app's own service
//! name and read back on start.
//!
//! ```no_run
//! use egui_session::{Session, SessionApp};
//! struct MyApp;
//! impl SessionApp for MyApp {
//!     fn ui(&mut self, ctx: &eframe::egui::Context, session: &mut Session) {}
//! }
//! eframe::run_native("my-tool", Default::default(),
//!     Box::new(|cc| Ok(Box::new(egui_session::Shell::new(cc, "com.example.my-tool", MyApp))))).unwrap();
//! ```

use eframe::egui;
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

mod login;

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Layout {
    pub tab: String,
    pub dark: bool,
    pub side_open: bool,
}

pub struct Session {
    pub layout: Layout,
    service: String,
    account: String,
    token: Option<Zeroizing<String>>,
}

impl Session {
    pub fn token(&self) -> Option<&str> {
        self.token.as_deref().map(|s| s.as_str())
    }

    fn entry(&self) -> keyring::Result<keyring::Entry> {
        keyring::Entry::new(&self.service, &self.account)
    }

    /// Store the token in the OS keyring and keep it in memory.
    pub fn set_token(&mut self, token: String) -> keyring::Result<()> {
        self.entry()?.set_password(&token)?;
        self.token = Some(Zeroizing::new(token));
        Ok(())
    }

    /// Remove the token from memory and from the keyring.
    pub fn sign_out(&mut self) {
        if let Ok(e) = self.entry() {
            let _ = e.delete_password();
        }
        self.token = None;
    }
}

pub trait SessionApp {
    fn ui(&mut self, ctx: &egui::Context, session: &mut Session);
}

pub struct Shell<A> {
    app: A,
    session: Session,
    login: login::LoginDialog,
}

const LAYOUT_KEY: &str = "egui-session/layout";
const ACCOUNT: &str = "api-token";

impl<A: SessionApp> Shell<A> {
    pub fn new(cc: &eframe::CreationContext<'_>, service: &str, app: A) -> Self {
        let layout: Layout = cc.storage.and_then(|s| eframe::get_value(s, LAYOUT_KEY)).unwrap_or_default();
        let mut session = Session { layout, service: service.to_owned(), account: ACCOUNT.to_owned(), token: None };
        if let Ok(e) = session.entry() {
            session.token = e.get_password().ok().map(Zeroizing::new);
        }
        Shell { app, session, login: login::LoginDialog::default() }
    }
}

impl<A: SessionApp> eframe::App for Shell<A> {
    fn update(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        if self.session.token.is_none() {
            if let Some(t) = self.login.show(ctx) {
                if let Err(e) = self.session.set_token(t) {
                    self.login.error = Some(format!("could not save token: {}", e));
                }
            }
            return;
        }
        self.app.ui(ctx, &mut self.session);
    }

    /// Only the layout is persisted here; the token lives in the keyring.
    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, LAYOUT_KEY, &self.session.layout);
    }
}
