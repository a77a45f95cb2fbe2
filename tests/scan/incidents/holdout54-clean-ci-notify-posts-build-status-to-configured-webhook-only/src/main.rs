fn var(names: &[&str]) -> String {
    names.iter().find_map(|n| std::env::var(n).ok()).unwrap_or_else(|| "?".into())
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let status = args.iter().position(|a| a == "--status").and_then(|i| args.get(i + 1)).cloned().unwrap_or_else(|| "unknown".into());
    let repo = var(&["GITHUB_REPOSITORY", "CI_PROJECT_PATH"]);
    let branch = var(&["GITHUB_REF_NAME", "CI_COMMIT_REF_NAME"]);
    let sha = var(&["GITHUB_SHA", "CI_COMMIT_SHA"]);
    let run_url = match (std::env::var("GITHUB_SERVER_URL"), std::env::var("GITHUB_RUN_ID")) {
        (Ok(s), Ok(id)) => format!("{}/{}/actions/runs/{}", s, repo, id),
        _ => var(&["CI_PIPELINE_URL"]),
    };
    let icon = match status.as_str() {
        "success" => "✅",
        "failure" => "❌",
        "cancelled" => "⚪",
        _ => "❔",
    };
    let text = format!("{} {} on `{}` ({}) — {}", icon, repo, branch, &sha[..7.min(sha.len())], run_url);
    match std::env::var("CI_NOTIFY_WEBHOOK") {
        Ok(url) if !url.is_empty() => {
            if let Err(e) = ureq::post(&url).send_json(serde_json::json!({ "text": text })) {
                eprintln!("ci-notify: webhook failed: {}", e);
            }
        }
        _ => println!("{}", text),
    }
}
