// Reads the runner's name from the variable the runner sets for every step.
pub fn runner_name() -> Option<String> {
    std::env::var("RUNNER_NAME").ok()
}
