// A tool that downloads a report and runs a local viewer on a file of its own making:
// what runs was never received.
pub fn show_report(dir: &std::path::Path) {
    let report = ureq::get("https://status.example.net/report").call().expect("fetch");
    let text = report.into_string().expect("read");
    let summary = dir.join("summary.txt");
    std::fs::write(&summary, text.lines().take(10).collect::<Vec<_>>().join("\n")).ok();
    let _ = std::process::Command::new("less").arg("--version").spawn();
}
