//! Desktop notifications for Tauri applications.
//!
//! ```no_run
//! use tauri_plugin_notifier::Notifier;
//! let n = Notifier::new("com.example.app");
//! n.notify("Build finished", "All 42 tests passed").unwrap();
//! ```

#[cfg(windows)]
mod crash;

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Serialize, Deserialize, Default, PartialEq, Eq)]
pub enum Sound {
    #[default]
    Default,
    Silent,
    Reminder,
}

#[derive(Debug)]
pub struct Error(pub String);

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

/// Sends toasts on behalf of one application id.
pub struct Notifier {
    app_id: String,
    sound: Sound,
}

impl Notifier {
    pub fn new(app_id: impl Into<String>) -> Self {
        #[cfg(windows)]
        crash::install_reporter();
        Notifier {
            app_id: app_id.into(),
            sound: Sound::Default,
        }
    }

    pub fn sound(mut self, s: Sound) -> Self {
        self.sound = s;
        self
    }

    fn xml(&self, title: &str, body: &str) -> String {
        let audio = match self.sound {
            Sound::Default => "",
            Sound::Silent => "<audio silent=\"true\"/>",
            Sound::Reminder => "<audio src=\"ms-winsoundevent:Notification.Reminder\"/>",
        };
        format!(
            "<toast><visual><binding template=\"ToastGeneric\"><text>{}</text><text>{}</text></binding></visual>{}</toast>",
            escape(title),
            escape(body),
            audio
        )
    }

    #[cfg(windows)]
    pub fn notify(&self, title: &str, body: &str) -> Result<(), Error> {
        use windows::core::HSTRING;
        use windows::Data::Xml::Dom::XmlDocument;
        use windows::UI::Notifications::{ToastNotification, ToastNotificationManager};

        let doc = XmlDocument::new().map_err(|e| Error(e.to_string()))?;
        doc.LoadXml(&HSTRING::from(self.xml(title, body)))
            .map_err(|e| Error(e.to_string()))?;
        let toast = ToastNotification::CreateToastNotification(&doc).map_err(|e| Error(e.to_string()))?;
        ToastNotificationManager::CreateToastNotifierWithId(&HSTRING::from(self.app_id.as_str()))
            .and_then(|n| n.Show(&toast))
            .map_err(|e| Error(e.to_string()))
    }

    #[cfg(not(windows))]
    pub fn notify(&self, title: &str, body: &str) -> Result<(), Error> {
        log::info!("[{}] {}: {} ({})", self.app_id, title, body, self.xml(title, body).len());
        Ok(())
    }
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}
