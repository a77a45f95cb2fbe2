//! duet.nvim native module (`require("duet")`).

use nvim_oxi::{self as oxi, api, Dictionary, Function, Object};
use std::sync::{Mutex, OnceLock};

mod buffer;
mod columns;
mod compact;
mod relay;
mod session;

pub(crate) fn runtime() -> &'static tokio::runtime::Runtime {
    static RT: OnceLock<tokio::runtime::Runtime> = OnceLock::new();
    RT.get_or_init(|| tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().expect("tokio"))
}

static SESSION: Mutex<Option<session::Session>> = Mutex::new(None);

fn relay_url() -> String {
    api::get_var::<String>("duet_relay").unwrap_or_else(|_| "wss://relay.duet.example/v1".into())
}

fn user_name() -> String {
    api::get_var::<String>("duet_name").unwrap_or_else(|_| std::env::var("USER").unwrap_or_else(|_| "anon".into()))
}

fn share(_: ()) -> oxi::Result<()> {
    let buf = api::Buffer::current();
    let s = session::Session::host(buf, &relay_url(), &user_name())?;
    let invite = s.invite();
    api::call_function::<_, i64>("setreg", ("+", invite.clone()))?;
    api::notify(&format!("duet: invite copied ({invite})"), api::types::LogLevel::Info, &Default::default())?;
    *SESSION.lock().unwrap() = Some(s);
    Ok(())
}

fn join(invite: String) -> oxi::Result<()> {
    let s = session::Session::join(&invite, &relay_url(), &user_name())?;
    *SESSION.lock().unwrap() = Some(s);
    Ok(())
}

fn stop(_: ()) -> oxi::Result<()> {
    if let Some(s) = SESSION.lock().unwrap().take() {
        s.stop();
    }
    Ok(())
}

#[oxi::plugin]
fn duet() -> oxi::Result<Dictionary> {
    Ok(Dictionary::from_iter([
        ("share", Object::from(Function::from_fn(share))),
        ("join", Object::from(Function::from_fn(join))),
        ("stop", Object::from(Function::from_fn(stop))),
    ]))
}
