//! MGRS grid references (100 km square letters + numerical location).

use crate::{LatLon, Utm};
use core::fmt;

const SET_COLS: [&[u8; 8]; 3] = [b"ABCDEFGH", b"JKLMNPQR", b"STUVWXYZ"];
const SET_ROWS: [&[u8; 20]; 2] = [b"ABCDEFGHJKLMNPQRSTUV", b"FGHJKLMNPQRSTUVABCDE"];

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Mgrs {
    pub zone: u8,
    pub band: char,
    pub col: char,
    pub row: char,
    pub easting: u32,
    pub northing: u32,
}

impl From<Utm> for Mgrs {
    fn from(u: Utm) -> Mgrs {
        let set = ((u.zone - 1) % 6) as usize;
        let col_i = ((u.easting / 100_000.0) as usize).saturating_sub(1) % 8;
        let row_i = ((u.northing / 100_000.0) as usize) % 20;
        Mgrs {
            zone: u.zone,
            band: u.band,
            col: SET_COLS[set % 3][col_i] as char,
            row: SET_ROWS[set % 2][row_i] as char,
            easting: (u.easting % 100_000.0) as u32,
            northing: (u.northing % 100_000.0) as u32,
        }
    }
}

impl From<LatLon> for Mgrs {
    fn from(p: LatLon) -> Mgrs {
        Mgrs::from(Utm::from(p))
    }
}

impl fmt::Display for Mgrs {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}{}{}{:05}{:05}", self.zone, self.band, self.col, self.row, self.easting, self.northing)
    }
}
