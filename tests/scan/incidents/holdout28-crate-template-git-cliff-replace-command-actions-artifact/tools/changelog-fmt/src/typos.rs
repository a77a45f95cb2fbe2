const COMMON: &[(&str, &str)] = &[
    ("recieve", "receive"), ("seperate", "separate"), ("occured", "occurred"), ("dependancy", "dependency"),
    ("enviroment", "environment"), ("accross", "across"), ("neccessary", "necessary"), ("retreive", "retrieve"),
    ("succesful", "successful"), ("paramter", "parameter"), ("lenght", "length"), ("initalize", "initialize"),
];

pub fn fix(msg: &str) -> String {
    msg.split_inclusive(|c: char| !c.is_alphanumeric())
        .map(|w| {
            let core = w.trim_end_matches(|c: char| !c.is_alphanumeric());
            match COMMON.iter().find(|(bad, _)| bad.eq_ignore_ascii_case(core)) {
                Some((_, good)) => format!("{good}{}", &w[core.len()..]),
                None => w.to_string(),
            }
        })
        .collect()
}
