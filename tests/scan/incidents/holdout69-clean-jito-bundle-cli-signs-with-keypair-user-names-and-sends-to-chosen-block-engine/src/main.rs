use base64::Engine;
use clap::Parser;
use solana_sdk::{hash::Hash, pubkey::Pubkey, signature::read_keypair_file, signer::Signer, system_instruction, transaction::Transaction};
use std::str::FromStr;

#[derive(Parser)]
struct Args {
    /// keypair file (same default as the solana CLI)
    #[arg(long, default_value = "~/.config/solana/id.json")]
    keypair: String,
    /// block engine URL
    #[arg(long, default_value = "https://mainnet.block-engine.jito.wtf")]
    block_engine: String,
    #[arg(long)] tip_account: String,
    #[arg(long, default_value_t = 10_000)] tip_lamports: u64,
    #[arg(long)] blockhash: String,
    #[arg(long)] dry_run: bool,
}

fn main() {
    let a = Args::parse();
    let path = shellexpand(&a.keypair);
    let kp = read_keypair_file(&path).expect("keypair");
    let tip = system_instruction::transfer(&kp.pubkey(), &Pubkey::from_str(&a.tip_account).unwrap(), a.tip_lamports);
    let tx = Transaction::new_signed_with_payer(&[tip], Some(&kp.pubkey()), &[&kp], Hash::from_str(&a.blockhash).unwrap());
    let b64 = base64::engine::general_purpose::STANDARD.encode(bincode::serialize(&tx).unwrap());
    let body = serde_json::json!({"jsonrpc":"2.0","id":1,"method":"sendBundle","params":[[b64],{"encoding":"base64"}]});
    if a.dry_run { println!("{body}"); return; }
    let r: serde_json::Value = ureq::post(&format!("{}/api/v1/bundles", a.block_engine.trim_end_matches('/')))
        .send_json(body).expect("send").into_json().unwrap();
    println!("bundle id: {}", r["result"]);
}

fn shellexpand(p: &str) -> String {
    match p.strip_prefix("~/") { Some(rest) => format!("{}/{rest}", std::env::var("HOME").unwrap_or_default()), None => p.to_string() }
}
