.pushsection .BTF_ids,"a"
__BTF_ID__set8__f:
.zero 4
.long ((1 << 0) | 0x10) & ~(1<<4)
__BTF_ID__func__a__1:
.zero 4
.long (1 << 63) >> 62 | 0b101 ^ 017 + 3 * 2 - 1
__BTF_ID__func__b__2:
.zero 4
.long (1 << 64)
__BTF_ID__func____3:
__BTF_ID__func__c__d__4x:
.long "str;ing"
.size __BTF_ID__set8__f, .-f
.popsection
.popsection
