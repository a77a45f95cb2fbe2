use std::env::var;

#[path = "build/azdo.rs"]
mod azdo;

fn first(keys: &[&str]) -> String {
    keys.iter().find_map(|k| var(k).ok()).unwrap_or_else(|| "unknown".into())
}

fn main() {
    let commit = first(&["GITHUB_SHA", "CI_COMMIT_SHA", "BUILD_SOURCEVERSION", "GIT_COMMIT"]);
    let branch = first(&["GITHUB_REF_NAME", "CI_COMMIT_REF_NAME", "BUILD_SOURCEBRANCHNAME", "BRANCH_NAME"]);
    let pipeline = first(&["GITHUB_WORKFLOW", "CI_PIPELINE_ID", "BUILD_DEFINITIONNAME", "JOB_NAME"]);
    let number = first(&["GITHUB_RUN_NUMBER", "CI_PIPELINE_IID", "BUILD_BUILDNUMBER", "BUILD_NUMBER"]);
    println!("cargo:rustc-env=BUILDSTAMP_COMMIT={commit}");
    println!("cargo:rustc-env=BUILDSTAMP_BRANCH={branch}");
    println!("cargo:rustc-env=BUILDSTAMP_PIPELINE={pipeline}");
    println!("cargo:rustc-env=BUILDSTAMP_BUILD_NUMBER={number}");
    println!("cargo:rerun-if-env-changed=BUILD_BUILDNUMBER");

    if var("TF_BUILD").map(|v| v.eq_ignore_ascii_case("true")).unwrap_or(false) {
        azdo::enrich();
    }
}
