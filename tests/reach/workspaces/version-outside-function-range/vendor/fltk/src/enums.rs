#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LabelType {
    Normal,
    None,
    Shadow,
    Engraved,
    Embossed,
    Multi,
}
