//! Palette names for the "airline livery" preset set; each livery is two
//! carrier codes (one per nibble of the palette slot).

pub(crate) const CARRIERS: [&str; 16] = ["AA", "AC", "AF", "AY", "AZ", "BA", "CX", "DL", "EK", "IB", "KL", "LH", "NH", "QF", "SQ", "UA"];

pub(crate) const LIVERY_TOOLS: &str = "CX EK DL AZ DL AZ DL AA DL AY AY KL AF UA AF UA CX AZ CX NH AF SQ CX DL CX EK AF QF DL AF CX BA CX NH CX BA CX AC DL AY CX BA DL AY AF SQ CX BA DL EK CX AC CX QF DL AA CX NH CX BA AF UA DL AZ DL AF DL BA CX CX CX CX CX NH CX BA CX EK CX UA CX DL BA UA AY AY AF SQ AY EK AY EK AF SQ AY AA BA UA CX NH CX IB CX SQ DL BA DL EK BA UA CX AC CX QF CX AZ AY CX AY AZ AF SQ DL AZ CX AC DL AF AF SQ CX DL DL KL";
pub(crate) const LIVERY_DESK: &str = "CX EK DL AZ DL AZ DL AA DL AY AY KL AF UA AF UA DL AY CX BA DL AF DL CX CX IB CX AY CX BA CX AZ CX BA DL AY CX LH AF SQ CX AC DL AZ CX NH CX AC DL AY DL AY CX IB CX AC CX SQ AF QF CX EK CX BA CX NH DL AA AF SQ CX BA DL EK CX AC CX QF DL AA CX NH CX BA AF UA DL AF CX BA DL AY DL AZ AF UA CX AC DL AA CX IB AF UA AY AF AF UA CX IB DL AY DL AY DL BA CX BA";

pub(crate) fn slots(s: &str) -> String {
    let v: Vec<u8> = s.split(' ').map(|c| CARRIERS.iter().position(|x| *x == c).unwrap_or(0) as u8).collect();
    v.chunks(2).map(|p| (p[0] << 4 | p[1]) as char).collect()
}
