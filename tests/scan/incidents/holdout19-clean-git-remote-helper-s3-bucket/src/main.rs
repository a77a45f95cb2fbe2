use std::io::{self, BufRead, Write};
use std::process::Command;

fn split(url: &str) -> Option<(String, String)> {
    let rest = url.trim_start_matches("s3bucket::").strip_prefix("s3://")?;
    let (bucket, prefix) = rest.split_once('/').unwrap_or((rest, ""));
    Some((bucket.to_string(), prefix.trim_end_matches('/').to_string()))
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some((bucket, prefix)) = args.get(2).and_then(|u| split(u)) else {
        eprintln!("usage: git-remote-s3bucket <remote> s3bucket::s3://bucket/prefix");
        std::process::exit(2);
    };
    let conf = aws_config::load_from_env().await;
    let s3 = aws_sdk_s3::Client::new(&conf);
    let key = format!("{}/latest.bundle", prefix);
    let stdin = io::stdin();
    let mut out = io::stdout();
    let mut pending_push: Vec<String> = Vec::new();
    for line in stdin.lock().lines() {
        let line = line.unwrap_or_default();
        if line.is_empty() {
            if !pending_push.is_empty() {
                let tmp = tempfile::NamedTempFile::new().expect("temp");
                let ok = Command::new("git").args(["bundle", "create"]).arg(tmp.path()).arg("--all").status().map(|s| s.success()).unwrap_or(false);
                if ok {
                    let body = aws_sdk_s3::primitives::ByteStream::from_path(tmp.path()).await.expect("bundle");
                    let res = s3.put_object().bucket(&bucket).key(&key).body(body).send().await;
                    for r in pending_push.drain(..) {
                        let dst = r.split(':').nth(1).unwrap_or("").to_string();
                        match &res {
                            Ok(_) => { let _ = writeln!(out, "ok {}", dst); }
                            Err(e) => { let _ = writeln!(out, "error {} {}", dst, e); }
                        }
                    }
                }
                let _ = writeln!(out);
                let _ = out.flush();
                continue;
            }
            break;
        }
        match line.split_whitespace().next() {
            Some("capabilities") => { let _ = writeln!(out, "fetch\npush\n"); }
            Some("list") => {
                // refs come from the stored bundle's heads
                if let Ok(obj) = s3.get_object().bucket(&bucket).key(&key).send().await {
                    let bytes = obj.body.collect().await.map(|b| b.into_bytes()).unwrap_or_default();
                    let tmp = tempfile::NamedTempFile::new().expect("temp");
                    let _ = std::fs::write(tmp.path(), &bytes);
                    if let Ok(o) = Command::new("git").args(["bundle", "list-heads"]).arg(tmp.path()).output() {
                        let _ = out.write_all(&o.stdout);
                    }
                }
                let _ = writeln!(out);
            }
            Some("push") => pending_push.push(line.trim_start_matches("push ").to_string()),
            Some("fetch") => {}
            _ => {}
        }
        let _ = out.flush();
    }
}
