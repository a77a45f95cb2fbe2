use sha2::{Digest, Sha256};
use std::path::PathBuf;
use std::process::Command;

fn out_dir(args: &[String]) -> Option<PathBuf> {
    args.iter().position(|a| a == "--out-dir").and_then(|i| args.get(i + 1)).map(PathBuf::from)
}

fn cache_key(rustc: &str, args: &[String]) -> String {
    let mut h = Sha256::new();
    let ver = Command::new(rustc).arg("-vV").output().map(|o| o.stdout).unwrap_or_default();
    h.update(&ver);
    for a in args {
        h.update(a.as_bytes());
        if a.ends_with(".rs") {
            h.update(std::fs::read(a).unwrap_or_default());
        }
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut it = std::env::args().skip(1);
    let rustc = it.next().expect("invoked as RUSTC_WRAPPER");
    let args: Vec<String> = it.collect();
    let run = || Command::new(&rustc).args(&args).status().map(|s| s.code().unwrap_or(1)).unwrap_or(1);

    let (Ok(bucket), Some(out)) = (std::env::var("BUILDCACHE_BUCKET"), out_dir(&args)) else {
        std::process::exit(run());
    };
    let prefix = std::env::var("BUILDCACHE_PREFIX").unwrap_or_default();
    let key = format!("{prefix}{}", cache_key(&rustc, &args));
    let conf = aws_config::load_from_env().await;
    let s3 = aws_sdk_s3::Client::new(&conf);

    if let Ok(obj) = s3.get_object().bucket(&bucket).key(&key).send().await {
        if let Ok(body) = obj.body.collect().await {
            if unpack(&body.into_bytes(), &out).is_ok() {
                std::process::exit(0);
            }
        }
    }
    let before: Vec<PathBuf> = std::fs::read_dir(&out).into_iter().flatten().flatten().map(|e| e.path()).collect();
    let code = run();
    if code == 0 {
        let produced: Vec<PathBuf> = std::fs::read_dir(&out)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .filter(|p| !before.contains(p))
            .filter(|p| matches!(p.extension().and_then(|e| e.to_str()), Some("rlib" | "rmeta" | "d" | "o")))
            .collect();
        let blob = pack(&produced);
        let _ = s3.put_object().bucket(&bucket).key(&key).body(blob.into()).send().await;
    }
    std::process::exit(code);
}

fn pack(files: &[PathBuf]) -> Vec<u8> {
    let mut out = Vec::new();
    for f in files {
        let name = f.file_name().unwrap().to_string_lossy();
        let data = std::fs::read(f).unwrap_or_default();
        out.extend_from_slice(&(name.len() as u32).to_le_bytes());
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(&(data.len() as u64).to_le_bytes());
        out.extend_from_slice(&data);
    }
    out
}

fn unpack(mut b: &[u8], out: &PathBuf) -> std::io::Result<()> {
    while b.len() >= 4 {
        let n = u32::from_le_bytes(b[..4].try_into().unwrap()) as usize;
        let name = String::from_utf8_lossy(&b[4..4 + n]).into_owned();
        if name.contains('/') || name.contains("..") {
            return Err(std::io::ErrorKind::InvalidData.into());
        }
        b = &b[4 + n..];
        let len = u64::from_le_bytes(b[..8].try_into().unwrap()) as usize;
        std::fs::write(out.join(name), &b[8..8 + len])?;
        b = &b[8 + len..];
    }
    Ok(())
}
