use crate::task::{Entry, TaskState};
use tokio::io::AsyncWriteExt;
use unicode_width::UnicodeWidthStr;

const SPIN: [&str; 10] = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];

fn line(e: &Entry, frame: usize, width: usize) -> String {
    let icon = match e.state { TaskState::Running => SPIN[frame % SPIN.len()], TaskState::Done => "✔", TaskState::Failed => "✘" };
    let pad = width.saturating_sub(e.label.width());
    format!("{icon} {}{} {:>5.1}s", e.label, " ".repeat(pad), e.elapsed_secs())
}

/// Move the cursor up over the previously drawn block and draw it again.
pub async fn redraw(entries: &[Entry], frame: usize, previously: usize) -> usize {
    let width = entries.iter().map(|e| e.label.width()).max().unwrap_or(0);
    let mut out = String::new();
    if previously > 0 { out.push_str(&format!("\x1b[{previously}A")); }
    for e in entries { out.push_str("\x1b[2K"); out.push_str(&line(e, frame, width)); out.push('\n'); }
    let mut stderr = tokio::io::stderr();
    let _ = stderr.write_all(out.as_bytes()).await;
    let _ = stderr.flush().await;
    entries.len()
}
