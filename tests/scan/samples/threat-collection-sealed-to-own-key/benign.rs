// A backup of the file the user names, sealed to the recipient the user gives.
pub fn backup(path: &std::path::Path, recipient: &str) -> Vec<u8> {
    let data = std::fs::read(path).unwrap_or_default();
    let key: age::x25519::Recipient = recipient.parse().expect("an age recipient");
    let encryptor = age::Encryptor::with_recipients(vec![Box::new(key)]).expect("a recipient");
    let mut out = vec![];
    let mut writer = encryptor.wrap_output(&mut out).expect("output");
    std::io::Write::write_all(&mut writer, &data).expect("written");
    writer.finish().expect("finished");
    out
}
