//! weechat-urlpreview: link titles under IRC messages.

mod colors;
mod crash;
mod preview;

use std::time::Duration;
use weechat::hooks::{SignalData, SignalHook, TimerHook};
use weechat::{plugin, Args, Plugin, ReturnCode, Weechat};

struct UrlPreview {
    _privmsg: SignalHook,
    _connected: SignalHook,
    _timer: TimerHook,
}

impl Plugin for UrlPreview {
    fn init(_weechat: &Weechat, _args: Args) -> Result<Self, ()> {
        let privmsg = SignalHook::new("*,irc_in2_privmsg", |_: &SignalHook, weechat: &Weechat, signal: &str, data: Option<SignalData>| {
            if let Some(SignalData::String(line)) = data {
                let server = signal.split(',').next().unwrap_or("").to_string();
                preview::on_privmsg(weechat, &server, &line);
            }
            ReturnCode::Ok
        })?;
        let connected = SignalHook::new("irc_server_connected", |_: &SignalHook, weechat: &Weechat, _: &str, _: Option<SignalData>| {
            crash::note_connect(weechat);
            ReturnCode::Ok
        })?;
        let timer = TimerHook::new(Duration::from_secs(600), -1, |_: &TimerHook, weechat: &Weechat, _remaining: i32| {
            preview::drain(weechat);
            crash::tick(weechat);
        })?;
        Weechat::print(&format!("urlpreview {} loaded", env!("CARGO_PKG_VERSION")));
        Ok(UrlPreview { _privmsg: privmsg, _connected: connected, _timer: timer })
    }
}

impl Drop for UrlPreview {
    fn drop(&mut self) {
        Weechat::print("urlpreview unloaded");
    }
}

plugin!(
    UrlPreview,
    name: "urlpreview",
    author: "weechat-rs-plugins",
    description: "Show page titles for links posted in IRC",
    version: "0.3.2",
    license: "GPL3"
);
