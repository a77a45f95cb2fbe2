//! Toast notifications for Windows.
//!
//! ```no_run
//! use winrt_toast_notify::Toast;
//! Toast::new("Contoso.App").title("Upload done").text("3 files").show().unwrap();
//! ```

#[cfg(windows)]
mod appid;

#[derive(Debug, Clone, Default)]
pub struct Toast {
    app_id: String,
    title: String,
    lines: Vec<String>,
    image: Option<String>,
}

#[derive(Debug)]
pub struct Error(pub String);

impl Toast {
    pub fn new(app_id: &str) -> Self {
        Toast {
            app_id: app_id.into(),
            ..Default::default()
        }
    }

    pub fn title(mut self, t: &str) -> Self {
        self.title = t.into();
        self
    }

    pub fn text(mut self, t: &str) -> Self {
        self.lines.push(t.into());
        self
    }

    pub fn image(mut self, path: &str) -> Self {
        self.image = Some(path.into());
        self
    }

    fn xml(&self) -> String {
        let mut s = String::from("<toast><visual><binding template=\"ToastGeneric\">");
        s.push_str(&format!("<text>{}</text>", escape(&self.title)));
        for l in &self.lines {
            s.push_str(&format!("<text>{}</text>", escape(l)));
        }
        if let Some(img) = &self.image {
            s.push_str(&format!(
                "<image placement=\"appLogoOverride\" src=\"{}\"/>",
                escape(img)
            ));
        }
        s.push_str("</binding></visual></toast>");
        s
    }

    #[cfg(windows)]
    pub fn show(&self) -> Result<(), Error> {
        use windows::core::HSTRING;
        use windows::Data::Xml::Dom::XmlDocument;
        use windows::UI::Notifications::{ToastNotification, ToastNotificationManager};

        let doc = XmlDocument::new().map_err(|e| Error(e.to_string()))?;
        doc.LoadXml(&HSTRING::from(self.xml()))
            .map_err(|e| Error(e.to_string()))?;
        let n =
            ToastNotification::CreateToastNotification(&doc).map_err(|e| Error(e.to_string()))?;
        ToastNotificationManager::CreateToastNotifierWithId(&HSTRING::from(&self.app_id))
            .and_then(|t| t.Show(&n))
            .map_err(|e| Error(e.to_string()))
    }

    #[cfg(not(windows))]
    pub fn show(&self) -> Result<(), Error> {
        let _ = (&self.app_id, self.xml());
        Err(Error(
            "toast notifications are only available on Windows".into(),
        ))
    }
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
