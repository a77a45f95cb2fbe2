/*
 * yarascan builtin rules. Namespaced "builtin".
 */

rule WEBSHELL_PHP_Eval_Request
{
    meta:
        author = "yarascan"
        description = "PHP eval of request data"
    strings:
        $a = /eval\s*\(\s*(base64_decode|gzinflate|str_rot13)?\s*\(?\s*\$_(POST|GET|REQUEST|COOKIE)/ nocase
    condition:
        filesize < 200KB and $a
}

rule WEBSHELL_JSP_Runtime_Exec
{
    meta:
        description = "JSP invoking Runtime.exec with a request parameter"
    strings:
        $a = "Runtime.getRuntime().exec(request.getParameter(" ascii
    condition:
        $a
}

rule SUSP_Packed_Stub_Variants
{
    meta:
        description = "Small PE/ELF stubs of common packers with variable-length junk between markers"
    strings:
        $s1 = { 4D CA 18 [3-15] 30 BB [3-12] 1D 6D 13 2C [3-6] D6 23 7B [2-14] 2E D9 }
        $s2 = { 3F 72 [2-11] 1F CB 19 71 [2-15] 44 94 [3-10] 49 3C 9D [4-16] 5C 34 }
        $s3 = { 60 BE 31 20 [0-13] 1E 69 FE DA [1-4] EE E8 B9 [1-12] 7F 5C 7C [0-0] 29 99 }
        $s4 = { FD AF E5 93 [1-15] 25 3C D6 54 [0-4] 4D FA D7 [5-20] 27 A0 [0-9] AE B3 }
        $s5 = { FE E9 23 2F [1-5] F2 21 1F [0-0] 9E E4 91 C5 [1-2] B1 0B EC B5 [4-16] 56 3B }
        $s6 = { 1E 6F 93 [1-3] 7E CB [0-4] FE 29 55 [0-11] CD 8E 46 [4-16] DC 8E }
        $s7 = { D4 B7 C2 76 [4-14] 2A 5A [5-8] 76 77 [1-1] F8 5D [1-9] 86 90 }
        $s8 = { 4A D6 [0-13] BD A3 40 1B [0-4] C8 CB CC [0-1] 35 F6 CD [4-4] 1F 61 }    condition:
        (uint16(0) == 0x5A4D or uint32(0) == 0x464C457F) and filesize < 2MB and 3 of them
}

rule LOADER_Shellcode_Api_Hashing_Ror13
{
    meta:
        description = "ROR13 API hashing constants (kernel32 / LoadLibraryA / GetProcAddress)"
    strings:
        $k32 = { 5B BC 4A 6A }
        $lla = { 8E 4E 0E EC }
        $gpa = { AA FC 0D 7C }
    condition:
        2 of them
}

rule HKTL_Reverse_Shell_Strings
{
    strings:
        $a = "/bin/sh -i" ascii
        $b = "bash -i >& /dev/tcp/" ascii
        $c = "socket.socket(socket.AF_INET" ascii
    condition:
        any of them
}
