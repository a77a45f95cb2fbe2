//! Async FIX initiator.

mod alerts;
mod message;
mod probe;
mod session;
mod watch;

pub use alerts::AlertSink;
pub use message::Message;
pub use session::{Session, SessionConfig};

/// Callbacks, in the style of QuickFIX.
pub trait Application: Send {
    fn on_logon(&mut self) {}
    fn on_logout(&mut self) {}
    fn to_admin(&mut self, _msg: &mut Message) {}
    fn from_admin(&mut self, _msg: &Message) {}
    fn to_app(&mut self, _msg: &mut Message) {}
    fn from_app(&mut self, _msg: &Message) {}
}
