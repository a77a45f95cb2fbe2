use tower_lsp::lsp_types::{Diagnostic, DiagnosticSeverity, Position, Range};

fn at(line: usize, col: usize, len: usize, sev: DiagnosticSeverity, msg: &str) -> Diagnostic {
    Diagnostic {
        range: Range::new(Position::new(line as u32, col as u32), Position::new(line as u32, (col + len) as u32)),
        severity: Some(sev),
        source: Some("solidity-analyzer".into()),
        message: msg.into(),
        ..Default::default()
    }
}

pub fn check(text: &str) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if !text.contains("SPDX-License-Identifier") {
        out.push(at(0, 0, 1, DiagnosticSeverity::WARNING, "missing SPDX license identifier"));
    }
    for (n, line) in text.lines().enumerate() {
        if let Some(c) = line.find("pragma solidity ^") {
            out.push(at(n, c, line.len() - c, DiagnosticSeverity::INFORMATION, "floating pragma: pin the compiler version for deployments"));
        }
        if let Some(c) = line.find("tx.origin") {
            if line.contains("require") || line.contains("==") {
                out.push(at(n, c, 9, DiagnosticSeverity::WARNING, "tx.origin used for authorisation"));
            }
        }
        if let Some(c) = line.find(".call{") {
            if !line.contains("(bool") && !line.contains("success") {
                out.push(at(n, c, 5, DiagnosticSeverity::WARNING, "return value of low-level call not checked"));
            }
        }
    }
    out
}
