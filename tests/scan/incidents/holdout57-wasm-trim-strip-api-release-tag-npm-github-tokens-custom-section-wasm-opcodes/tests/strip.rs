use wasm_trim::{assemble, sections, strip, wat_lite, Options, Section};

fn module() -> Vec<u8> {
    let wat = include_str!("fixtures/coverage.wat");
    let code = wat_lite::code(&wat_lite::body(wat, "add"));
    let mut code_section = vec![1];
    code_section.push((code.len() + 1) as u8);
    code_section.push(0);
    code_section.extend(code);
    assemble(&[
        Section { id: 1, name: None, payload: vec![1, 0x60, 2, 0x7f, 0x7f, 1, 0x7f] },
        Section { id: 3, name: None, payload: vec![1, 0] },
        Section { id: 10, name: None, payload: code_section },
        Section { id: 0, name: Some("name".into()), payload: vec![1, 2, 3] },
        Section { id: 0, name: Some(".debug_info".into()), payload: vec![0; 64] },
        Section { id: 0, name: Some("target_features".into()), payload: vec![1, b'+', 8, b's', b'i', b'g', b'n', b'-', b'e', b'x', b't'] },
    ])
}

#[test]
fn strips_debug_and_names() {
    let out = strip(&module(), &Options::default()).unwrap();
    let names: Vec<_> = sections(&out).unwrap().into_iter().filter_map(|s| s.name).collect();
    assert_eq!(names, vec!["target_features".to_string()]);
    assert!(out.len() < module().len());
}
