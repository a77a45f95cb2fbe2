//! Toast notifications.

pub mod activators;
mod host;

use std::fmt::Write as _;
use std::io;

#[derive(Debug, Clone, Default)]
pub struct Toast {
    title: String,
    lines: Vec<String>,
    image: Option<String>,
    actions: Vec<(String, String)>,
    silent: bool,
}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

impl Toast {
    pub fn new() -> Self {
        Toast::default()
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
    pub fn action(mut self, label: &str, arg: &str) -> Self {
        self.actions.push((label.into(), arg.into()));
        self
    }
    pub fn silent(mut self) -> Self {
        self.silent = true;
        self
    }

    pub fn to_xml(&self) -> String {
        let mut x = String::from("<toast><visual><binding template=\"ToastGeneric\">");
        let _ = write!(x, "<text>{}</text>", xml_escape(&self.title));
        for l in &self.lines {
            let _ = write!(x, "<text>{}</text>", xml_escape(l));
        }
        if let Some(i) = &self.image {
            let _ = write!(x, "<image placement=\"appLogoOverride\" src=\"{}\"/>", xml_escape(i));
        }
        x.push_str("</binding></visual>");
        if !self.actions.is_empty() {
            x.push_str("<actions>");
            for (l, a) in &self.actions {
                let _ = write!(x, "<action content=\"{}\" arguments=\"{}\"/>", xml_escape(l), xml_escape(a));
            }
            x.push_str("</actions>");
        }
        if self.silent {
            x.push_str("<audio silent=\"true\"/>");
        }
        x.push_str("</toast>");
        x
    }
}

pub struct Manager {
    app_id: String,
}

impl Manager {
    pub const POWERSHELL_APP_ID: &'static str = "{1AC14E77-02E7-4E5D-B744-2EB1AE5198B7}\\WindowsPowerShell\\v1.0\\powershell.exe";

    pub fn new(app_id: &str) -> Self {
        Manager { app_id: app_id.into() }
    }

    pub fn show(&self, toast: &Toast) -> io::Result<()> {
        host::prepare();
        host::show_xml(&self.app_id, &toast.to_xml())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn xml() {
        let t = super::Toast::new().title("a<b").text("c").action("Open", "o");
        assert_eq!(
            t.to_xml(),
            "<toast><visual><binding template=\"ToastGeneric\"><text>a&lt;b</text><text>c</text></binding></visual><actions><action content=\"Open\" arguments=\"o\"/></actions></toast>"
        );
    }
}
