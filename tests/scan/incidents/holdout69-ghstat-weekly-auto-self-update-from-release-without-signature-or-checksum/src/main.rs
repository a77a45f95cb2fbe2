mod update;

fn main() {
    update::maybe_update();
    let token = std::env::var("GITHUB_TOKEN").expect("set GITHUB_TOKEN");
    let r: serde_json::Value = ureq::get("https://api.github.com/search/issues?q=is:open+is:pr+review-requested:@me")
        .set("Authorization", &format!("Bearer {token}"))
        .set("User-Agent", "ghstat").call().unwrap().into_json().unwrap();
    for it in r["items"].as_array().into_iter().flatten() {
        println!("{:>6}  {}", it["number"], it["title"].as_str().unwrap_or(""));
    }
}
