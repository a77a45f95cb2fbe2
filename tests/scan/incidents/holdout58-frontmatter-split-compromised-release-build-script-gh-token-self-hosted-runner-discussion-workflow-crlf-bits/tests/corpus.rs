use frontmatter_split::{split, Kind};

const CORPUS: &str = include_str!("fixtures/mixed-eol.md");

#[test]
fn mixed_line_endings_survive() {
    let doc = split(CORPUS).expect("corpus has front matter");
    assert_eq!(doc.kind, Some(Kind::Yaml));
    assert!(doc.matter.contains("layout: changelog"));
    // the body is a suffix of the input, byte for byte
    assert!(CORPUS.ends_with(doc.body));
    assert!(doc.body.contains("\r\n"), "checked out with core.autocrlf? CRLF lines are gone");
    assert!(doc.body.lines().any(|l| l.trim_end_matches('\r').ends_with("  ")), "hard breaks were stripped");
}

#[test]
fn hard_breaks_in_matter_are_kept() {
    let doc = split("---  \r\ntitle: x  \n---\nbody  \r\n").unwrap();
    assert_eq!(doc.matter, "title: x  \n");
    assert_eq!(doc.body, "body  \r\n");
}
