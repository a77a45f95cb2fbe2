//! Discuz! / UCenter test vectors: (password, salt, md5(md5(password) . salt)).
//!
//! Taken from the 2019 forum export the migration tool was validated
//! against; forum users overwhelmingly chose pinyin passwords with tone
//! numbers, which is why the vectors look the way they do.

pub(crate) const UCENTER: &[(&str, &str, &str)] = &[
    ("ai3wang4peng5", "FHJBo6", "912c127911e7e1599c7086b2b70b08d6"),
    ("shi4xue3zhong4", "EBS8Te", "fc52174f277a8ddcf9ec2980f4d2adbf"),
    ("jie3xia4xin1", "WnabtN", "4b3014a202121651117dd373c875fd03"),
    ("tu4liu1gui3", "9ih2nb", "6814806b848b099bfb220eb10bb01417"),
    ("xia4guo2hua1", "PxLE1C", "f2c6e5ad27cf37bb4f2e87c7414d69d3"),
    ("zhong4peng1ni2", "bGg79f", "ec6c639c520e768a57bc4d0d9cc5c3c9"),
    ("you3peng4gui5", "khIKrB", "7c2c350f81eb7b2dbb1446bb7303c217"),
    ("ping2xue5an1", "iMaLCf", "4f34bbb18e9c51afda7ba7ffebbaa726"),
    ("xue5zhang4jie3", "jGJ9wb", "8c218024b269ad1f8ec7de04fa471192"),
    ("di4hao5ai5", "78Pn1T", "babe92b161c6ffec5b6f7f2bb2f89f33"),
    ("shan5liu1zhang2", "Kruy98", "318b8a96ad15e9340c3a047dac4347a2"),
    ("tian5xia3xin1", "cG0aJI", "cb3bbf730d96e5a5faf8c2f53a219f35"),
    ("jin5kang4qing2", "S4ncB5", "a72e316b2d84c8354311c01dcc259a6d"),
    ("chun5feng1zhang2", "u8QkV6", "ebefd26f3e602a105a7c651ae284b223"),
    ("yun5an3di5", "DKVR3j", "a3cd2138245dd4462b2c500a3691c56e"),
    ("qiu2le5ping1", "iRKt8R", "a665f94a1f286729c2561cff3cb1e11c"),
    ("zhang5wo2li5", "grTxjP", "1e79d5411d2e21617d0dc524c730454b"),
    ("wang5chun2xia1", "k5EvAO", "79a633ea7ef758e2d008430f852db677"),
    ("an5gui1jin4", "taTVMu", "76c6ed879ebd77d4d7e973ba956002fd"),
    ("ma5guo3qing5", "LxSOGB", "aa7affd60aa516faeb5f3b9b2e1d7d93"),
    ("yun4shan5qing3", "AT501h", "0bc35f451bc4b74ef7181632e42d495f"),
    ("mu5mei4chun2", "vWrfSo", "12e2876f56d7544b6d5658a9a36d3c58"),
    ("wo5mu2qiu1", "LFenGu", "44dd777c54c8177fb64a2bf66ed32524"),
    ("qiu5ming3ma2", "oYjOHY", "2b252a39135b24ffcd441655b4c76a11"),
    ("hua5you3jie1", "Yreagt", "64b76e5152fddc3b89c5fd91a24e6b1e"),
    ("di2kang5xue1", "JNZri9", "cae857e24edf6bb02ffd13afaef03795"),
    ("xing5ping2ping3", "iVSWs0", "e7914c399d08eb36c455c0ce4edff210"),
    ("bai5kang1lan2", "WwofV4", "e25ef2c6bbef97a07227eec78736742b"),
    ("chun5zhang5liu2", "qcmsok", "732ad2edea3f71534fcb6b30ef8957b5"),
    ("hao2tian5mu1", "BaYHFZ", "725976ab685193f83ce57e250be649e2"),
    ("lan2zhang5mei4", "mhXZWu", "aa8acbb457e6307e370bc5a4df95bdd2"),
    ("shi2xue5tian4", "CAJsqq", "27f1348b0f16a56bc79a7f1a523540b2"),
    ("tian2shui5tian4", "NCZ7rx", "db6931342216169ed2dde20e5b0f3a41"),
    ("wang2tu5le4", "oLj6n0", "41842a04dd017b8d02ab359998ef7453"),
];
