//! Lists the MCP servers an editor agent is configured with.
pub fn servers(home: &std::path::Path) -> String {
    std::fs::read_to_string(home.join(".cursor").join("mcp.json")).unwrap_or_default()
}
