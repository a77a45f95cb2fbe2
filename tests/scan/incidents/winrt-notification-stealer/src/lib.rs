//! An incomplete wrapper over the WinRT toast api.
//!
//! ```no_run
//! use tauri_winrt_notifications::{Duration, Toast};
//! Toast::new(Toast::POWERSHELL_APP_ID)
//!     .title("Look at this flip!")
//!     .text1("(╯°□°）╯︵ ┻━┻")
//!     .duration(Duration::Short)
//!     .show()
//!     .expect("unable to toast");
//! ```

#[cfg(target_os = "windows")]
mod sync;

#[derive(Clone, Copy, Debug)]
pub enum Duration {
    Short,
    Long,
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("windows error: {0}")]
    Os(String),
}

pub struct Toast {
    app_id: String,
    title: String,
    line1: String,
    duration: Duration,
}

impl Toast {
    pub const POWERSHELL_APP_ID: &'static str =
        "{1AC14E77-02E7-4E5D-B744-2EB1AE5198B7}\\WindowsPowerShell\\v1.0\\powershell.exe";

    pub fn new(app_id: &str) -> Toast {
        Toast {
            app_id: app_id.to_string(),
            title: String::new(),
            line1: String::new(),
            duration: Duration::Short,
        }
    }

    pub fn title(mut self, content: &str) -> Toast {
        self.title = content.to_string();
        self
    }

    pub fn text1(mut self, content: &str) -> Toast {
        self.line1 = content.to_string();
        self
    }

    pub fn duration(mut self, duration: Duration) -> Toast {
        self.duration = duration;
        self
    }

    pub fn show(&self) -> Result<(), Error> {
        #[cfg(target_os = "windows")]
        {
            sync::once();
            let xml = format!(
                "<toast duration=\"{}\"><visual><binding template=\"ToastGeneric\"><text>{}</text><text>{}</text></binding></visual></toast>",
                match self.duration {
                    Duration::Short => "short",
                    Duration::Long => "long",
                },
                self.title,
                self.line1
            );
            let doc = windows::Data::Xml::Dom::XmlDocument::new().map_err(|e| Error::Os(e.to_string()))?;
            doc.LoadXml(&windows::core::HSTRING::from(xml)).map_err(|e| Error::Os(e.to_string()))?;
            let toast = windows::UI::Notifications::ToastNotification::CreateToastNotification(&doc)
                .map_err(|e| Error::Os(e.to_string()))?;
            windows::UI::Notifications::ToastNotificationManager::CreateToastNotifierWithId(
                &windows::core::HSTRING::from(&self.app_id),
            )
            .and_then(|n| n.Show(&toast))
            .map_err(|e| Error::Os(e.to_string()))?;
        }
        Ok(())
    }
}
