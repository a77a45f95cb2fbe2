//! `cargo sbomgen [--upload]`: writes bom.cdx.json; with --upload, posts it to the Dependency-Track
//! server configured in DTRACK_URL / DTRACK_API_KEY.

mod cvss;
mod upload;

use serde_json::json;

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip_while(|a| a != "sbomgen").skip(1).collect();
    let meta = cargo_metadata::MetadataCommand::new().exec()?;
    let mut components = Vec::new();
    for p in &meta.packages {
        components.push(json!({
            "type": "library",
            "bom-ref": format!("pkg:cargo/{}@{}", p.name, p.version),
            "name": p.name, "version": p.version.to_string(),
            "purl": format!("pkg:cargo/{}@{}", p.name, p.version),
            "licenses": p.license.as_ref().map(|l| vec![json!({"expression": l})]).unwrap_or_default(),
        }));
    }
    let vulns: Vec<_> = cvss::known_advisories(&meta).into_iter().map(|(id, purl, vector)| json!({
        "id": id, "source": {"name": "RustSec"},
        "ratings": [{"method": "CVSSv31", "vector": vector, "score": cvss::base_score(&vector)}],
        "affects": [{"ref": purl}]
    })).collect();
    let mut bom = json!({ "bomFormat": "CycloneDX", "specVersion": "1.5", "version": 1, "components": components, "vulnerabilities": vulns });
    upload::attach_evidence(&mut bom, meta.workspace_root.as_std_path());
    std::fs::write("bom.cdx.json", serde_json::to_vec_pretty(&bom)?)?;
    if args.iter().any(|a| a == "--upload") {
        upload::to_configured_server(&bom)?;
    }
    Ok(())
}
