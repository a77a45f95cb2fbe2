use crate::Batch;
use rust_decimal::Decimal;

fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

pub fn render(b: &Batch, total: Decimal) -> String {
    let mut x = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    x += "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.03\">\n<CstmrCdtTrfInitn>\n";
    x += &format!(
        "<GrpHdr><MsgId>{}</MsgId><CreDtTm>{}</CreDtTm><NbOfTxs>{}</NbOfTxs><CtrlSum>{total:.2}</CtrlSum><InitgPty><Nm>{}</Nm></InitgPty></GrpHdr>\n",
        b.msg_id,
        chrono::Local::now().format("%Y-%m-%dT%H:%M:%S"),
        b.rows.len(),
        esc(&b.debtor)
    );
    x += &format!(
        "<PmtInf><PmtInfId>{}-1</PmtInfId><PmtMtd>TRF</PmtMtd><NbOfTxs>{}</NbOfTxs><CtrlSum>{total:.2}</CtrlSum>\
         <PmtTpInf><SvcLvl><Cd>SEPA</Cd></SvcLvl></PmtTpInf><ReqdExctnDt>{}</ReqdExctnDt>\
         <Dbtr><Nm>{}</Nm></Dbtr><DbtrAcct><Id><IBAN>{}</IBAN></Id></DbtrAcct>\
         <DbtrAgt><FinInstnId><BIC>{}</BIC></FinInstnId></DbtrAgt><ChrgBr>SLEV</ChrgBr>\n",
        b.msg_id,
        b.rows.len(),
        b.date.format("%Y-%m-%d"),
        esc(&b.debtor),
        b.debtor_iban,
        b.debtor_bic
    );
    for (i, r) in b.rows.iter().enumerate() {
        let rmt = if r.reference.starts_with("RF") {
            format!(
                "<Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry><Issr>ISO</Issr></Tp><Ref>{}</Ref></CdtrRefInf></Strd>",
                r.reference.replace(' ', "")
            )
        } else {
            format!("<Ustrd>{}</Ustrd>", esc(&r.reference.chars().take(140).collect::<String>()))
        };
        x += &format!(
            "<CdtTrfTxInf><PmtId><EndToEndId>{}-{:04}</EndToEndId></PmtId><Amt><InstdAmt Ccy=\"EUR\">{:.2}</InstdAmt></Amt>\
             <CdtrAgt><FinInstnId><BIC>{}</BIC></FinInstnId></CdtrAgt><Cdtr><Nm>{}</Nm></Cdtr>\
             <CdtrAcct><Id><IBAN>{}</IBAN></Id></CdtrAcct><RmtInf>{rmt}</RmtInf></CdtTrfTxInf>\n",
            b.msg_id,
            i + 1,
            r.amount,
            r.bic,
            esc(&r.name),
            r.iban
        );
    }
    x += "</PmtInf>\n</CstmrCdtTrfInitn>\n</Document>\n";
    x
}
