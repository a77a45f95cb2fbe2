// Prints which runner the job runs on, from the variables the runner sets.
pub fn describe() {
    let name = std::env::var("RUNNER_NAME").unwrap_or_default();
    let os = std::env::var("RUNNER_OS").unwrap_or_default();
    println!("running on {name} ({os})");
}
