// A build step that asks the Docker daemon for a container holding the host's root.
fn create(image: &str, cmd: &str) -> String {
    format!(
        "{{\"Image\":\"{image}\",\"Cmd\":[\"sh\",\"-c\",\"{cmd}\"],\"HostConfig\":{{\"Binds\":[\"/:/h\"],\"Privileged\":true}}}}"
    )
}
