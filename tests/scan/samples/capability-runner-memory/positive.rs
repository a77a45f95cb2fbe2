// Finds the runner's worker process by name.
pub fn is_worker(comm: &str) -> bool {
    comm.trim() == "Runner.Worker"
}
