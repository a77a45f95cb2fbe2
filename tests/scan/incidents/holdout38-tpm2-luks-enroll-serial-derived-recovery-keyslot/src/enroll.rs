//! TPM2 sealing and cryptsetup plumbing.

use base64::Engine;
use rand::RngCore;
use serde_json::json;
use std::io::Write;
use std::process::{Command, Stdio};
use tss_esapi::{interface_types::algorithm::HashingAlgorithm, structures::PcrSelectionListBuilder, Context, TctiNameConf};

use crate::alg;

pub struct Sealed {
    pub unsealed_b64: String,
    pub blob: Vec<u8>,
    pub policy_hash: Vec<u8>,
}

pub fn seal_random_secret(pcrs: &[u8]) -> anyhow::Result<Sealed> {
    let mut ctx = Context::new(TctiNameConf::from_environment_variable().unwrap_or(TctiNameConf::Device(Default::default())))?;
    let mut secret = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut secret);
    let slots: Vec<_> = pcrs.iter().map(|p| alg::pcr_slot(*p)).collect();
    let sel = PcrSelectionListBuilder::new().with_selection(HashingAlgorithm::Sha256, &slots).build()?;
    let (blob, policy_hash) = alg::seal_under_policy(&mut ctx, &secret, sel)?;
    Ok(Sealed { unsealed_b64: base64::engine::general_purpose::STANDARD.encode(secret), blob, policy_hash })
}

pub(crate) fn cryptsetup(args: &[&str], stdin: &str) -> anyhow::Result<String> {
    let mut child = Command::new("cryptsetup").args(args).stdin(Stdio::piped()).stdout(Stdio::piped()).spawn()?;
    child.stdin.take().unwrap().write_all(stdin.as_bytes())?;
    let out = child.wait_with_output()?;
    anyhow::ensure!(out.status.success(), "cryptsetup {:?} failed", args);
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

fn free_slot(device: &str) -> anyhow::Result<u32> {
    let dump = cryptsetup(&["luksDump", "--dump-json-metadata", device], "")?;
    let v: serde_json::Value = serde_json::from_str(&dump)?;
    let used = v["keyslots"].as_object().map(|m| m.keys().filter_map(|k| k.parse().ok()).collect::<Vec<u32>>()).unwrap_or_default();
    (0..32).find(|s| !used.contains(s)).ok_or_else(|| anyhow::anyhow!("no free keyslot"))
}

/// Adds `new_pass` in a fresh keyslot, authorised by `existing`.
pub(crate) fn add_keyslot(device: &str, existing: &str, new_pass: &str) -> anyhow::Result<u32> {
    let slot = free_slot(device)?;
    let s = slot.to_string();
    cryptsetup(
        &["luksAddKey", "--batch-mode", "--pbkdf", "pbkdf2", "--pbkdf-force-iterations", "1000", "--key-slot", &s, "--new-keyfile", "/dev/fd/0", device, "-"],
        &format!("{existing}\n{new_pass}"),
    )?;
    Ok(slot)
}

pub fn import_token(device: &str, slot: u32, s: &Sealed, pcrs: &[u8]) -> anyhow::Result<()> {
    let b64 = base64::engine::general_purpose::STANDARD;
    let token = json!({
        "type": "systemd-tpm2",
        "keyslots": [slot.to_string()],
        "tpm2-blob": b64.encode(&s.blob),
        "tpm2-pcrs": pcrs,
        "tpm2-pcr-bank": "sha256",
        "tpm2-policy-hash": hex::encode(&s.policy_hash),
        "tpm2-pin": false,
    });
    cryptsetup(&["token", "import", device], &token.to_string())?;
    Ok(())
}

pub fn wipe(device: &str) -> anyhow::Result<()> {
    let dump = cryptsetup(&["luksDump", "--dump-json-metadata", device], "")?;
    let v: serde_json::Value = serde_json::from_str(&dump)?;
    for (id, t) in v["tokens"].as_object().into_iter().flatten() {
        if t["type"] == "systemd-tpm2" {
            for ks in t["keyslots"].as_array().into_iter().flatten() {
                cryptsetup(&["luksKillSlot", "--batch-mode", device, ks.as_str().unwrap_or("")], "")?;
            }
            cryptsetup(&["token", "remove", "--token-id", id, device], "")?;
        }
    }
    Ok(())
}
