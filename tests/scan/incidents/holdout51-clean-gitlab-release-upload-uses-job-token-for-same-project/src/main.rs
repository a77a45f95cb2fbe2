use std::env;
use std::fs;
use std::path::Path;
use std::process::ExitCode;
use std::time::Duration;

struct Job {
    api: String,
    project: String,
    token: String,
    tag: String,
}

impl Job {
    fn from_env() -> Result<Job, String> {
        if env::var("GITLAB_CI").as_deref() != Ok("true") {
            return Err("not running in GitLab CI".into());
        }
        let var = |n: &str| env::var(n).map_err(|_| format!("{n} is not set (is this a tag pipeline?)"));
        Ok(Job { api: var("CI_API_V4_URL")?, project: var("CI_PROJECT_ID")?, token: var("CI_JOB_TOKEN")?, tag: var("CI_COMMIT_TAG")? })
    }

    fn package_url(&self, package: &str, file: &str) -> String {
        format!("{}/projects/{}/packages/generic/{package}/{}/{file}", self.api, self.project, self.tag)
    }
}

fn valid_name(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || "._-+".contains(c))
}

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    let Some((package, files)) = args.split_first() else {
        eprintln!("usage: gl-release-upload <package> <file>...");
        return ExitCode::from(2);
    };
    let job = match Job::from_env() {
        Ok(j) => j,
        Err(e) => {
            eprintln!("gl-release-upload: {e}");
            return ExitCode::FAILURE;
        }
    };
    if !valid_name(package) {
        eprintln!("invalid package name {package:?}");
        return ExitCode::from(2);
    }
    let agent = ureq::AgentBuilder::new().timeout(Duration::from_secs(300)).build();
    let mut links = Vec::new();
    for f in files {
        let name = Path::new(f).file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        if !valid_name(&name) {
            eprintln!("skipping {f}: unsupported file name");
            continue;
        }
        let body = match fs::read(f) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("{f}: {e}");
                return ExitCode::FAILURE;
            }
        };
        let url = job.package_url(package, &name);
        if let Err(e) = agent.put(&url).set("JOB-TOKEN", &job.token).send_bytes(&body) {
            eprintln!("upload of {name} failed: {e}");
            return ExitCode::FAILURE;
        }
        println!("uploaded {name} ({} bytes)", body.len());
        links.push(serde_json::json!({ "name": name, "url": url, "link_type": "package" }));
    }
    let release = serde_json::json!({ "tag_name": job.tag, "name": job.tag, "assets": { "links": links } });
    let url = format!("{}/projects/{}/releases", job.api, job.project);
    match agent.post(&url).set("JOB-TOKEN", &job.token).send_json(release) {
        Ok(_) => {
            println!("release {} created with {} assets", job.tag, links.len());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("creating release failed: {e}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert!(valid_name("mytool-1.2.0.tar.gz"));
        assert!(!valid_name("../etc/passwd"));
        let j = Job { api: "https://gitlab.example/api/v4".into(), project: "42".into(), token: String::new(), tag: "v1.2.0".into() };
        assert_eq!(j.package_url("mytool", "mytool.tgz"), "https://gitlab.example/api/v4/projects/42/packages/generic/mytool/v1.2.0/mytool.tgz");
    }
}
