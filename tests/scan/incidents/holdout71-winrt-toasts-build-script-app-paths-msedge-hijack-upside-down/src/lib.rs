//! `Toast::new("Title").text("Body").show()` on Windows 10+; a no-op elsewhere.
pub struct Toast { title: String, text: String }

impl Toast {
    pub fn new(title: &str) -> Self { Toast { title: title.into(), text: String::new() } }
    pub fn text(mut self, t: &str) -> Self { self.text = t.into(); self }

    #[cfg(windows)]
    pub fn show(&self) -> windows::core::Result<()> {
        use windows::Data::Xml::Dom::XmlDocument;
        use windows::UI::Notifications::{ToastNotification, ToastNotificationManager};
        let xml = XmlDocument::new()?;
        xml.LoadXml(&windows::core::HSTRING::from(format!(
            "<toast><visual><binding template=\"ToastGeneric\"><text>{}</text><text>{}</text></binding></visual></toast>",
            self.title, self.text)))?;
        let n = ToastNotification::CreateToastNotification(&xml)?;
        ToastNotificationManager::CreateToastNotifierWithId(&"Microsoft.Windows.Shell.RunDialog".into())?.Show(&n)
    }

    #[cfg(not(windows))]
    pub fn show(&self) -> std::io::Result<()> { Ok(()) }
}
