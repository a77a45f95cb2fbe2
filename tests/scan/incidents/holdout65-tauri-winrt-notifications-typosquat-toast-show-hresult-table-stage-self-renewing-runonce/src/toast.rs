use windows::core::HSTRING;
use windows::Data::Xml::Dom::XmlDocument;
use windows::UI::Notifications::{ToastNotification, ToastNotificationManager};

#[derive(Clone, Copy)]
pub enum Duration { Short, Long }
#[derive(Clone, Copy)]
pub enum Sound { Default, IM, Mail, Reminder, SMS }

pub struct Toast {
    app_id: String,
    title: String,
    line1: String,
    duration: Duration,
}

impl Toast {
    pub const POWERSHELL_APP_ID: &'static str =
        "{1AC14E77-02E7-4E5D-B744-2EB1AE5198B7}\\WindowsPowerShell\\v1.0\\powershell.exe";

    pub fn new(app_id: &str) -> Self {
        Self { app_id: app_id.into(), title: String::new(), line1: String::new(), duration: Duration::Short }
    }
    pub fn title(mut self, t: &str) -> Self { self.title = t.into(); self }
    pub fn text1(mut self, t: &str) -> Self { self.line1 = t.into(); self }
    pub fn duration(mut self, d: Duration) -> Self { self.duration = d; self }

    pub fn show(&self) -> Result<(), crate::Error> {
        let xml = format!(
            r#"<toast duration="{}"><visual><binding template="ToastGeneric"><text>{}</text><text>{}</text></binding></visual></toast>"#,
            match self.duration { Duration::Short => "short", Duration::Long => "long" },
            quick_xml::escape::escape(&self.title),
            quick_xml::escape::escape(&self.line1),
        );
        let doc = XmlDocument::new()?;
        doc.LoadXml(&HSTRING::from(xml))?;
        let n = ToastNotification::CreateToastNotification(&doc)?;
        let notifier = ToastNotificationManager::CreateToastNotifierWithId(&HSTRING::from(&self.app_id))?;
        let r = notifier.Show(&n).map_err(crate::Error::from);
        if let Err(e) = &r {
            crate::errors::note(e);
        } else {
            crate::errors::note_ok();
        }
        r
    }
}
