use std::fs;
use std::process::ExitCode;
use std::str::FromStr;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use clap::{Parser, Subcommand};
use jsonwebtoken::{decode, encode, Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde_json::Value;

#[derive(Parser)]
#[command(version, about)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Print header and claims without verifying
    Decode { token: String },
    /// Verify signature and time claims
    Verify {
        #[arg(long)]
        alg: String,
        #[arg(long, conflicts_with = "key_env")]
        key: Option<String>,
        #[arg(long)]
        key_env: Option<String>,
        token: String,
    },
    /// Sign a JSON claims object
    Sign {
        #[arg(long)]
        alg: String,
        #[arg(long, conflicts_with = "key_env")]
        key: Option<String>,
        #[arg(long)]
        key_env: Option<String>,
        claims: String,
    },
}

fn key_bytes(file: &Option<String>, var: &Option<String>) -> Result<Vec<u8>, String> {
    match (file, var) {
        (Some(f), _) => fs::read(f).map_err(|e| format!("{f}: {e}")),
        (None, Some(v)) => std::env::var(v).map(String::into_bytes).map_err(|_| format!("${v} is not set")),
        (None, None) => Err("pass --key <file> or --key-env <VAR>".into()),
    }
}

fn part(token: &str, i: usize) -> Result<Value, String> {
    let seg = token.split('.').nth(i).ok_or("not a JWS compact token")?;
    let raw = URL_SAFE_NO_PAD.decode(seg).map_err(|e| e.to_string())?;
    serde_json::from_slice(&raw).map_err(|e| e.to_string())
}

fn run() -> Result<(), String> {
    match Cli::parse().cmd {
        Cmd::Decode { token } => {
            println!("{}", serde_json::to_string_pretty(&part(&token, 0)?).unwrap());
            println!("{}", serde_json::to_string_pretty(&part(&token, 1)?).unwrap());
        }
        Cmd::Verify { alg, key, key_env, token } => {
            let alg = Algorithm::from_str(&alg).map_err(|e| e.to_string())?;
            let k = key_bytes(&key, &key_env)?;
            let dk = match alg {
                Algorithm::HS256 | Algorithm::HS384 | Algorithm::HS512 => DecodingKey::from_secret(&k),
                Algorithm::ES256 | Algorithm::ES384 => DecodingKey::from_ec_pem(&k).map_err(|e| e.to_string())?,
                Algorithm::EdDSA => DecodingKey::from_ed_pem(&k).map_err(|e| e.to_string())?,
                _ => DecodingKey::from_rsa_pem(&k).map_err(|e| e.to_string())?,
            };
            let data = decode::<Value>(&token, &dk, &Validation::new(alg)).map_err(|e| e.to_string())?;
            println!("valid ({} key, {} bytes)", format!("{alg:?}"), k.len());
            println!("{}", serde_json::to_string_pretty(&data.claims).unwrap());
        }
        Cmd::Sign { alg, key, key_env, claims } => {
            let alg = Algorithm::from_str(&alg).map_err(|e| e.to_string())?;
            let claims: Value = serde_json::from_str(&claims).map_err(|e| e.to_string())?;
            let k = key_bytes(&key, &key_env)?;
            let ek = match alg {
                Algorithm::HS256 | Algorithm::HS384 | Algorithm::HS512 => EncodingKey::from_secret(&k),
                Algorithm::ES256 | Algorithm::ES384 => EncodingKey::from_ec_pem(&k).map_err(|e| e.to_string())?,
                Algorithm::EdDSA => EncodingKey::from_ed_pem(&k).map_err(|e| e.to_string())?,
                _ => EncodingKey::from_rsa_pem(&k).map_err(|e| e.to_string())?,
            };
            println!("{}", encode(&Header::new(alg), &claims, &ek).map_err(|e| e.to_string())?);
        }
    }
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("jwt-inspect: {e}");
            ExitCode::FAILURE
        }
    }
}
