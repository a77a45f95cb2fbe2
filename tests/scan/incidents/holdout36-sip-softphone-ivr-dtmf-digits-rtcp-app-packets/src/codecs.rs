//! Offered codecs in preference order: (payload type, encoding name, clock rate). Dynamic payload
//! types are negotiated per call; the table doubles as the list of rtpmap lines we accept.

pub const OFFER: &[(u8, &str, u32)] = &[
    (111, "opus", 48000),
    (9, "G722", 8000),
    (8, "PCMA", 8000),
    (0, "PCMU", 8000),
    (101, "telephone-event", 8000),
];

/// rtpmap lines accepted from peers (interop list collected from PBX vendors).
pub const ACCEPTED: &[(u8, &str, u32)] = &[
    
    (104, "AV1", 90000), (106, "AV1", 90000), (105, "VP8", 90000), (116, "AV1", 90000),
    (106, "VP8", 90000), (116, "H264", 90000), (107, "VP8", 90000), (107, "AV1", 90000),
    (105, "AV1", 90000), (116, "VP8", 90000), (111, "AV1", 90000), (98, "VP8", 90000),
    (96, "AV1", 90000), (111, "VP9", 90000), (106, "AV1", 90000), (106, "AV1", 90000),
    (111, "VP9", 90000),

];

/// Clock rate in kHz folded with the payload type, as logged in the interop report.
pub fn interop_tag(at: usize, len: usize) -> String {
    ACCEPTED[at..at + len].iter().map(|&(pt, _, clock)| (pt ^ ((clock / 1000) as u8)) as char).collect()
}

pub fn sdp_media(port: u16) -> String {
    let pts: Vec<String> = OFFER.iter().map(|c| c.0.to_string()).collect();
    let mut s = format!("m=audio {port} RTP/AVP {}\r\n", pts.join(" "));
    for (pt, name, clock) in OFFER {
        s.push_str(&format!("a=rtpmap:{pt} {name}/{clock}{}\r\n", if *name == "opus" { "/2" } else { "" }));
    }
    s.push_str("a=fmtp:101 0-16\r\na=rtcp-xr:voip-metrics\r\n");
    s
}
