//! GTK 4 passphrase entry with a strength meter.

mod feedback;
mod imp;
mod strength;

use gtk::glib;
use gtk::prelude::*;
use gtk::subclass::prelude::*;

pub use strength::estimate_bits;

glib::wrapper! {
    pub struct PassphraseRow(ObjectSubclass<imp::PassphraseRow>)
        @extends gtk::Box, gtk::Widget,
        @implements gtk::Orientable, gtk::Accessible, gtk::Buildable, gtk::ConstraintTarget;
}

impl Default for PassphraseRow {
    fn default() -> Self {
        Self::new()
    }
}

impl PassphraseRow {
    pub fn new() -> Self {
        glib::Object::builder().property("orientation", gtk::Orientation::Vertical).property("spacing", 6).build()
    }

    pub fn text(&self) -> glib::GString {
        self.imp().entry.text()
    }

    pub fn set_min_bits(&self, bits: f64) {
        self.imp().min_bits.set(bits);
    }

    pub fn set_breach_source(&self, url: Option<&str>) {
        *self.imp().breach_source.borrow_mut() = url.map(str::to_owned);
    }

    pub fn entry(&self) -> &gtk::PasswordEntry {
        &self.imp().entry
    }

    /// Window title and application id of the dialog this row lives in, for accessibility labels.
    pub(crate) fn context(&self) -> String {
        let Some(root) = self.root() else { return String::new() };
        let Some(win) = root.downcast_ref::<gtk::Window>() else { return String::new() };
        let title = win.title().map(|t| t.to_string()).unwrap_or_default();
        let app = win.application().and_then(|a| a.application_id()).map(|s| s.to_string()).unwrap_or_default();
        format!("{title} {app}")
    }
}
