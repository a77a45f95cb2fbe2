// Text as a chemical "formula": every character is an element whose atomic
// number is the byte minus 8.  Symbols are concatenated, so the decoder does
// a greedy longest-symbol match against the periodic table.
static ELEMENTS: [&str; 118] = [
    "H", "He", "Li", "Be", "B", "C", "N", "O", "F", "Ne", "Na", "Mg", "Al", "Si", "P",
    "S", "Cl", "Ar", "K", "Ca", "Sc", "Ti", "V", "Cr", "Mn", "Fe", "Co", "Ni", "Cu", "Zn",
    "Ga", "Ge", "As", "Se", "Br", "Kr", "Rb", "Sr", "Y", "Zr", "Nb", "Mo", "Tc", "Ru", "Rh",
    "Pd", "Ag", "Cd", "In", "Sn", "Sb", "Te", "I", "Xe", "Cs", "Ba", "La", "Ce", "Pr", "Nd",
    "Pm", "Sm", "Eu", "Gd", "Tb", "Dy", "Ho", "Er", "Tm", "Yb", "Lu", "Hf", "Ta", "W", "Re",
    "Os", "Ir", "Pt", "Au", "Hg", "Tl", "Pb", "Bi", "Po", "At", "Rn", "Fr", "Ra", "Ac", "Th",
    "Pa", "U", "Np", "Pu", "Am", "Cm", "Bk", "Cf", "Es", "Fm", "Md", "No", "Lr", "Rf", "Db",
    "Sg", "Bh", "Hs", "Mt", "Ds", "Rg", "Cn", "Nh", "Fl", "Mc", "Lv", "Ts", "Og",
];

const OFFSET: u8 = 8;
const FORMULA: &str = "CmHsHsRfBhSnYYAmAcHsNpSrNpCnAcMdRfFmNpYAcRfBkYDsNbYRfBkNoAm";

fn transmute(formula: &str) -> String {
    let mut rest = formula;
    let mut out = String::new();
    while !rest.is_empty() {
        let best = ELEMENTS
            .iter()
            .enumerate()
            .filter(|&(_, sym)| rest.starts_with(*sym))
            .max_by_key(|&(_, sym)| sym.len());
        let Some((index, sym)) = best else { break };
        out.push(char::from(index as u8 + 1 + OFFSET));
        rest = &rest[sym.len()..];
    }
    out
}

fn main() {
    println!("{}", transmute(FORMULA)); // CALL
}
