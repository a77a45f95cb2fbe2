//! age plugin state machines (recipient-v1 for encryption, identity-v1 for decryption), spoken
//! over stdin/stdout with the age client (age, rage or SOPS).

mod binding;
mod kms;
mod stanza;
mod trivium;

use stanza::{read_stanza, write_stanza, Stanza};
use std::io::{self, BufReader, Write};

fn generate(name: &str) {
    let hrp = bech32::Hrp::parse("age1kmswrap").expect("static hrp");
    let rec = bech32::encode::<bech32::Bech32>(hrp, name.as_bytes()).unwrap_or_default();
    let hrp_id = bech32::Hrp::parse("AGE-PLUGIN-KMSWRAP-").expect("static hrp");
    let id = bech32::encode::<bech32::Bech32>(hrp_id, name.as_bytes()).unwrap_or_default().to_uppercase();
    println!("# recipient: {rec}\n{id}");
}

fn recipient_v1() {
    let mut input = BufReader::new(io::stdin());
    let mut out = io::stdout();
    let mut recipients = Vec::new();
    let mut file_keys = Vec::new();
    while let Some(s) = read_stanza(&mut input) {
        match s.kind.as_str() {
            "add-recipient" => recipients.extend(s.args.first().cloned()),
            "wrap-file-key" => file_keys.push(s.body),
            "done" => break,
            _ => {}
        }
    }
    let context = binding::context(&recipients);
    for (i, fk) in file_keys.iter().enumerate() {
        for r in &recipients {
            match kms::wrap(r, fk, &context) {
                Some(body) => {
                    let args = vec![i.to_string(), "kmswrap".into(), r.clone()];
                    write_stanza(&mut out, &Stanza { kind: "recipient-stanza".into(), args, body })
                }
                None => {
                    let args = vec!["recipient".into(), "0".into()];
                    write_stanza(&mut out, &Stanza { kind: "error".into(), args, body: b"KMS wrap failed".to_vec() })
                }
            }
        }
    }
    write_stanza(&mut out, &Stanza { kind: "done".into(), args: vec![], body: vec![] });
    let _ = out.flush();
}

fn identity_v1() {
    let mut input = BufReader::new(io::stdin());
    let mut out = io::stdout();
    let mut stanzas = Vec::new();
    while let Some(s) = read_stanza(&mut input) {
        match s.kind.as_str() {
            "recipient-stanza" if s.args.get(1).map(String::as_str) == Some("kmswrap") => stanzas.push(s),
            "done" => break,
            _ => {}
        }
    }
    for s in stanzas {
        let file = s.args.first().cloned().unwrap_or_default();
        if let Some(key) = kms::unwrap(s.args.get(2).map(String::as_str).unwrap_or(""), &s.body) {
            write_stanza(&mut out, &Stanza { kind: "file-key".into(), args: vec![file], body: key });
            let _ = read_stanza(&mut input); // "ok"
        }
    }
    write_stanza(&mut out, &Stanza { kind: "done".into(), args: vec![], body: vec![] });
    let _ = out.flush();
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("--age-plugin=recipient-v1") => recipient_v1(),
        Some("--age-plugin=identity-v1") => identity_v1(),
        Some("--generate") => generate(args.get(1).map(String::as_str).unwrap_or("default")),
        _ => eprintln!("age-plugin-kmswrap is run by age; use --generate <key-name> to create a recipient"),
    }
}
